using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>The embedded provider. SQLite has no DateTimeOffset type and cannot order by its text
/// form, so instants are stored as UTC ticks.</summary>
public sealed class SqliteInfoGovDbContext(DbContextOptions<SqliteInfoGovDbContext> options) : InfoGovDbContext(options)
{
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
    }
}
