<#
.SYNOPSIS
    Runs one OMIS job with the settings from the environment file; exits with OMIS's code.
.DESCRIPTION
    Started by Task Scheduler (omis-runner.xml, omis-pos.xml, omis-watchdog.xml).
    The job's output is shown and appended to <OMIS_LOG_DIR>\task-<job>.log; OMIS also
    writes log_<date>.log and error.log there. Exit codes: 0 success, 1 failure (or some items
    failed), 2 configuration error, 75 another instance is still running.
.EXAMPLE
    powershell -NoProfile -ExecutionPolicy Bypass -File C:\OMIS\ops\windows\omis-job.ps1 -Job runner
#>
[CmdletBinding()]
param(
    [Parameter(Mandatory = $true)]
    [ValidateSet("runner", "pos", "watchdog", "doctor")]
    [string]$Job,
    [string]$InstallDir = "C:\OMIS",
    [string]$EnvFile = "C:\ProgramData\OMIS\omis.env"
)

$ErrorActionPreference = "Stop"
. (Join-Path $PSScriptRoot "omis-env.ps1")
Import-OmisEnv -Path $EnvFile

# Job names map to fixed command lines: no option text travels through Task Scheduler.
$commands = @{
    runner   = @("run", "--skip-pos")
    pos      = @("pos-sync")
    watchdog = @("watchdog")
    doctor   = @("doctor")
}
$omis = Join-Path $InstallDir "venv\Scripts\omis.exe"
if (-not (Test-Path -LiteralPath $omis)) {
    [Console]::Error.WriteLine("Не найден ${omis}: проверьте параметр -InstallDir")
    exit 2
}
$logDir = if ($env:OMIS_LOG_DIR) { $env:OMIS_LOG_DIR } else { "C:\ProgramData\OMIS\logs" }
New-Item -ItemType Directory -Force -Path $logDir | Out-Null
$taskLog = Join-Path $logDir "task-$Job.log"

function Write-TaskLog([string]$Text) {
    "[{0}] {1}" -f (Get-Date -Format "yyyy-MM-dd HH:mm:ss"), $Text |
        Out-File -LiteralPath $taskLog -Append -Encoding utf8
}

Write-TaskLog ("omis " + ($commands[$Job] -join " "))
[Console]::OutputEncoding = [System.Text.Encoding]::UTF8
# Windows PowerShell turns a native program's stderr lines into errors: with "Stop" the
# first warning would end the script, so collect them as plain text instead.
$ErrorActionPreference = "Continue"
$output = & $omis @($commands[$Job]) 2>&1 | ForEach-Object { "$_" }
$code = $LASTEXITCODE
# Into the task log for Task Scheduler runs, and onto the console for runs by hand.
$output | Out-File -LiteralPath $taskLog -Append -Encoding utf8
$output | Write-Output
Write-TaskLog "код выхода $code"
exit $code
