<#
.SYNOPSIS
    Registers the OMIS tasks in Task Scheduler (folder \OMIS\) under a dedicated account.
.DESCRIPTION
    Imports omis-runner.xml (every 10 minutes), omis-pos.xml (hourly), omis-watchdog.xml
    (every 5 minutes) and, with -WithWeb, omis-web.xml (at startup). The tasks run whether
    or not a user is logged on, so the account's password is asked for and stored by
    Task Scheduler. The account gets modify rights on the data directory.
.EXAMPLE
    powershell -ExecutionPolicy Bypass -File C:\OMIS\ops\windows\install-tasks.ps1 -WithWeb
#>
#Requires -RunAsAdministrator
[CmdletBinding()]
param(
    [string]$InstallDir = "C:\OMIS",
    [string]$DataDir = "C:\ProgramData\OMIS",
    [string]$User = "$env:COMPUTERNAME\omis",
    [switch]$WithWeb
)

$ErrorActionPreference = "Stop"
$credential = Get-Credential -UserName $User -Message "Пароль учётной записи, от имени которой работают задания OMIS"
$password = $credential.GetNetworkCredential().Password

New-Item -ItemType Directory -Force -Path $DataDir, (Join-Path $DataDir "logs") | Out-Null
& icacls $DataDir /grant "${User}:(OI)(CI)M" | Out-Null

$tasks = @("omis-runner", "omis-pos", "omis-watchdog")
if ($WithWeb) { $tasks += "omis-web" }
foreach ($name in $tasks) {
    $xml = Get-Content -Raw -Encoding UTF8 -LiteralPath (Join-Path $PSScriptRoot "$name.xml")
    $xml = $xml.Replace("C:\ProgramData\OMIS", $DataDir).Replace("C:\OMIS", $InstallDir)
    Register-ScheduledTask -TaskPath "\OMIS\" -TaskName $name -Xml $xml `
        -User $User -Password $password -Force | Out-Null
    Write-Host "Задание \OMIS\$name зарегистрировано"
}
Write-Host "Проверка: Get-ScheduledTask -TaskPath \OMIS\ | Get-ScheduledTaskInfo"
