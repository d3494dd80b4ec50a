"""Operations: health checks of the installation, the job watchdog, database backups."""
