<#
.SYNOPSIS
    Serves the OMIS web interface with waitress, with the settings from the environment file.
.DESCRIPTION
    Started at boot by Task Scheduler (omis-web.xml) or as a service by NSSM (README.md).
    Listens on 127.0.0.1 only: publish it through IIS (URL Rewrite + ARR) or nginx with HTTPS.
.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File C:\OMIS\ops\windows\omis-web.ps1
#>
[CmdletBinding()]
param(
    [string]$InstallDir = "C:\OMIS",
    [string]$EnvFile = "C:\ProgramData\OMIS\omis.env",
    [string]$Listen = "127.0.0.1:8000",
    [int]$Threads = 8
)

$ErrorActionPreference = "Stop"
. (Join-Path $PSScriptRoot "omis-env.ps1")
Import-OmisEnv -Path $EnvFile

$waitress = Join-Path $InstallDir "venv\Scripts\waitress-serve.exe"
if (-not (Test-Path -LiteralPath $waitress)) {
    [Console]::Error.WriteLine("Не найден ${waitress}: проверьте параметр -InstallDir")
    exit 2
}
& $waitress "--listen=$Listen" "--threads=$Threads" "omis.web.wsgi:app"
exit $LASTEXITCODE
