using InfoGov.Domain.Common;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Calendar;
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
        var database = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.AddSingleton(database);
        var connectionString = configuration.GetConnectionString(DatabaseOptions.ConnectionStringName);

        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IInterceptor, VersionIncrementInterceptor>();
        services.AddSingleton<IInterceptor, AuditTrailGuard>();
        // After the version increment: a kept state carries the version it was saved with.
        services.AddSingleton<IInterceptor, HistoryInterceptor>();
        services.AddSingleton<SqlCommandCounter>();
        services.AddSingleton<IInterceptor>(sp => sp.GetRequiredService<SqlCommandCounter>());
        switch (database.Provider)
        {
            case DatabaseProvider.Sqlite:
                services.AddDbContext<InfoGovDbContext, SqliteInfoGovDbContext>((sp, options) => options
                    .UseSqlite(connectionString ?? DatabaseOptions.DefaultSqliteConnectionString)
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.SqlServer:
                services.AddDbContext<InfoGovDbContext, SqlServerInfoGovDbContext>((sp, options) => options
                    .UseSqlServer(connectionString ?? throw new InvalidOperationException(
                        $"Database:Provider is SqlServer but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set."),
                        sql => sql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            case DatabaseProvider.PostgreSql:
                services.AddDbContext<InfoGovDbContext, PostgreSqlInfoGovDbContext>((sp, options) => options
                    .UseNpgsql(connectionString ?? throw new InvalidOperationException(
                        $"Database:Provider is PostgreSQL but ConnectionStrings:{DatabaseOptions.ConnectionStringName} is not set."),
                        npgsql => npgsql.EnableRetryOnFailure())
                    .AddInterceptors(sp.GetServices<IInterceptor>()));
                break;
            default:
                throw new InvalidOperationException($"Unknown Database:Provider '{database.Provider}'. Use Sqlite, SqlServer or PostgreSQL.");
        }

        var calendar = configuration.GetSection(CalendarOptions.Section).Get<CalendarOptions>() ?? new CalendarOptions();
        services.AddSingleton(new WorkingDayCalendar(calendar.Holidays, calendar.MakeUpWorkingDays));
        services.AddSingleton(new ProgressReportSchedule(
            configuration.GetValue("Projects:ProgressReportDueDay", ProgressReportSchedule.DefaultDueDay)));
        services.AddSingleton(new PostEvaluationPolicy(
            configuration.GetValue("Projects:StableOperationMonths", PostEvaluationPolicy.DefaultStableOperationMonths)));
        services.AddScoped<DemoDataSeeder>();
        services.AddScoped<DatabaseInitializer>();
        return services;
    }
}
