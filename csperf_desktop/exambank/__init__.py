"""The monthly skills exam before and after its results: the question bank, papers drawn
from it, marking and item analysis. The results themselves enter the month through
``monthly.exams``.
"""
