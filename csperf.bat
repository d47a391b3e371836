@echo off
rem Starts csperf on Windows, setting up .venv on first use.
rem Arguments go to main.py, e.g.  csperf.bat --demo
cd /d "%~dp0"
if not exist .venv\Scripts\python.exe (
    py -3 -m venv .venv || python -m venv .venv
)
if not exist .venv\.csperf-installed (
    .venv\Scripts\python.exe -m pip install -q --disable-pip-version-check -e . && type nul > .venv\.csperf-installed
)
.venv\Scripts\python.exe main.py %*
