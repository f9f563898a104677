using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQLite context without starting the API.</summary>
public sealed class SqliteDesignTimeFactory : IDesignTimeDbContextFactory<SqliteInfoGovDbContext>
{
    public SqliteInfoGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqliteInfoGovDbContext>()
            .UseSqlite(DatabaseOptions.DefaultSqliteConnectionString).Options);
}
