"""分析: trends, the heat map, rule analytics, movers and coaching over a range of months."""
