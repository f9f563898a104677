using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>The production provider (Azure SQL / SQL Server), with its own migrations set.</summary>
public sealed class SqlServerInfoGovDbContext(DbContextOptions<SqlServerInfoGovDbContext> options) : InfoGovDbContext(options);
