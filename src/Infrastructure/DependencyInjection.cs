using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Calendar;
using InfoGov.Infrastructure.Configuration;
using InfoGov.Infrastructure.Persistence;
using InfoGov.Infrastructure.Persistence.History;
using InfoGov.Infrastructure.Persistence.Interceptors;
using InfoGov.Infrastructure.Persistence.Seeding;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace InfoGov.Infrastructure;

public static class DependencyInjection
{
    /// <summary>Registers the database for the configured provider, the calendar and the seeder.</summary>
    public static IServiceCollection AddInfrastructure(this IServiceCollection services, IConfiguration configuration)
    {
        var database = services.AddSettings<DatabaseOptions>(configuration, DatabaseOptions.Section);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);
        if (database.Provider != DatabaseProvider.Sqlite && string.IsNullOrWhiteSpace(connectionString))
            throw Settings.Wrong($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", $"Database:Provider is {database.Provider}, which needs a connection string.");
        try
        {
            // Parsed now, so that a connection string of another provider stops the host rather than its first query.
            _ = database.Provider switch
            {
                DatabaseProvider.PostgreSql => new Npgsql.NpgsqlConnectionStringBuilder(connectionString).ConnectionString,
                DatabaseProvider.SqlServer => new Microsoft.Data.SqlClient.SqlConnectionStringBuilder(connectionString).ConnectionString,
                _ => new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString).ConnectionString,
            };
        }
        catch (ArgumentException e)
        {
            throw Settings.Wrong($"ConnectionStrings:{DatabaseOptions.ConnectionStringName}", $"it is not a {database.Provider} connection string ({e.Message}).");
        }

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, VersionIncrementInterceptor>();
        services.AddSingleton<IInterceptor, AuditTrailGuard>();
        // After the version increment: a kept state carries the version it was saved with.
        services.AddSingleton<IInterceptor, HistoryInterceptor>();
        services.AddSingleton<SqlCommandCounter>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqlCommandCounter>());
        // A list of ids (every batch loader's) goes as one array parameter (json_each on SQLite, = ANY on
        // PostgreSQL): one SQL text for every batch, generated once. EF Core's default spreads it over one
        // parameter per id and generates the SQL again for each execution. SQL Server keeps that default:
        // its plans for OPENJSON estimate cardinality poorly.
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                SqliteThreadingMode.UseMultiThread();
                services.AddDbContextPool<InfoGovDbContext, SqliteInfoGovDbContext>((sp, options) => options
                    .UseSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString,
                        sqlite => sqlite.UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    // SQLite rebuilds a table to change a column, switching foreign keys off around it, which
                    // it cannot do inside a transaction: EF warns of every such step of every migration. That
                    // is how SQLite migrations always run; the warning, a screen of it on a first start, tells
                    // an operator nothing to act on.
                    .ConfigureWarnings(w => w.Ignore(RelationalEventId.NonTransactionalMigrationOperationWarning))
                    .EnableThreadSafetyChecks(database.ThreadSafetyChecks)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContextPool<InfoGovDbContext, SqlServerInfoGovDbContext>((sp, options) => options
                    .UseSqlServer(connectionString!,
                        sql => sql.EnableRetryOnFailure(database.MaxRetryCount, database.MaxRetryDelay, null))
                    .EnableThreadSafetyChecks(database.ThreadSafetyChecks)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                // A server shutting down ends its sessions with 57P01 (or 57P02 after a crash), and one starting answers
                // 57P03: Npgsql does not count them transient, but replaying the whole transaction on a new connection is safe.
                services.AddDbContextPool<InfoGovDbContext, PostgreSqlInfoGovDbContext>((sp, options) => options
                    .UseNpgsql(connectionString!,
                        npgsql => npgsql.EnableRetryOnFailure(database.MaxRetryCount, database.MaxRetryDelay, ServerGoingAway).UseParameterizedCollectionMode(ParameterTranslationMode.Parameter))
                    .EnableThreadSafetyChecks(database.ThreadSafetyChecks)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw Settings.Wrong("Database:Provider", $"'{database.Provider}' is not a provider; use Sqlite, SqlServer or PostgreSQL.");
        }

        // The configured dates are the calendar's initial value only: the initializer publishes the years
        // they cover into the database, where the office maintains every year from then on.
        services.AddSettings<CalendarOptions>(configuration, CalendarOptions.Section);
        services.AddSingleton(new ProgressReportSchedule(
            configuration.GetValue("Projects:ProgressReportDueDay", ProgressReportSchedule.DefaultDueDay)));
        services.AddSingleton(new PostEvaluationPolicy(
            configuration.GetValue("Projects:StableOperationMonths", PostEvaluationPolicy.DefaultStableOperationMonths)));
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        services.AddScoped<CityFounding>();
        services.AddScoped<DatabaseCopy>();
        return services;
    }

    private static readonly string[] ServerGoingAway = ["57P01", "57P02", "57P03"];
}
