"""Findings: which claims of different sources speak of the same thing, and whether they agree.

Alignment pairs claims, comparison decides what a pair's values say, and conflicts turns the
pairs into the conflicts and corroborations a reviewer walks.
"""
