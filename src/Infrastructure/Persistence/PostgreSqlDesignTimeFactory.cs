using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the PostgreSQL context; generating migrations needs no
/// server, so the connection string is never opened.</summary>
public sealed class PostgreSqlDesignTimeFactory : IDesignTimeDbContextFactory<PostgreSqlInfoGovDbContext>
{
    public PostgreSqlInfoGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<PostgreSqlInfoGovDbContext>()
            .UseNpgsql("Host=localhost;Database=infogov;Username=infogov").Options);
}
