"""Calibration sessions (评分校准): graders score the same conversations blind, then the agreement report."""
