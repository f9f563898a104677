using Microsoft.EntityFrameworkCore;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>
/// The PostgreSQL provider (and PostgreSQL-compatible servers), with its own migrations set.
/// Two conventions keep its behaviour the same as the other providers':
/// <list type="bullet">
/// <item>Text columns use the "C" collation, so codes and names order by code point whatever
/// locale the database was created with (as on SQLite); a locale collation would order
/// "XM-2025-10" and Chinese names differently from server to server.</item>
/// <item>Instants are written in UTC: <c>timestamptz</c> accepts only offset zero from Npgsql, and
/// an instant sent by a client with its own offset is still the same instant.</item>
/// </list>
/// </summary>
public sealed class PostgreSqlInfoGovDbContext(DbContextOptions<PostgreSqlInfoGovDbContext> options) : InfoGovDbContext(options)
{
    /// <summary>The collation every text column gets (PostgreSQL always has it).</summary>
    public const string TextCollation = "C";

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        base.ConfigureConventions(configurationBuilder);
        configurationBuilder.Properties<string>().UseCollation(TextCollation);
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcInstantConverter>();
    }
}
