"""Looking back over the months: trends, rule analytics and how well graders agree.

Reads what the monthly cycle and the annual review wrote; changes no score.
"""
