# Loads the OMIS settings file (NAME=value lines) into this process's environment.
# Dot-source it: . (Join-Path $PSScriptRoot "omis-env.ps1"); Import-OmisEnv -Path <file>
# Saved as UTF-8 with BOM: Windows PowerShell 5.1 reads Cyrillic text correctly only then.

function Import-OmisEnv {
    [CmdletBinding()]
    param(
        [Parameter(Mandatory = $true)]
        [string]$Path
    )
    if (-not (Test-Path -LiteralPath $Path)) {
        throw "Файл настроек $Path не найден: создайте его по образцу ops\windows\omis.env.example"
    }
    $number = 0
    foreach ($line in Get-Content -LiteralPath $Path -Encoding UTF8) {
        $number++
        $text = $line.Trim()
        if ($text -eq "" -or $text.StartsWith("#")) { continue }
        $eq = $text.IndexOf("=")
        if ($eq -lt 1) {
            throw "${Path}, строка ${number}: ожидается ИМЯ=значение"
        }
        $name = $text.Substring(0, $eq).Trim()
        $value = $text.Substring($eq + 1).Trim()
        # Optional surrounding quotes, as in a .env file; JSON values ([...], {...}) stay as they are.
        if ($value.Length -ge 2 -and $value[0] -eq $value[-1] -and ($value[0] -eq '"' -or $value[0] -eq "'")) {
            $value = $value.Substring(1, $value.Length - 2)
        }
        [Environment]::SetEnvironmentVariable($name, $value, "Process")
    }
    # Python writes UTF-8 into pipes and files, whatever the console code page.
    $env:PYTHONUTF8 = "1"
    $env:PYTHONIOENCODING = "utf-8"
}
