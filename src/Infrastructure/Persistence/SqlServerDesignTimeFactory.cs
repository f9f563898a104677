using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>Lets <c>dotnet ef</c> build the SQL Server context; generating migrations and scripts
/// needs no server, so the connection string is never opened.</summary>
public sealed class SqlServerDesignTimeFactory : IDesignTimeDbContextFactory<SqlServerInfoGovDbContext>
{
    public SqlServerInfoGovDbContext CreateDbContext(string[] args) =>
        new(new DbContextOptionsBuilder<SqlServerInfoGovDbContext>()
            .UseSqlServer("Server=localhost;Database=InfoGov;Integrated Security=true;TrustServerCertificate=true").Options);
}
