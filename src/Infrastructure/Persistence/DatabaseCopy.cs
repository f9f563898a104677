using InfoGov.Domain.Calendar;
using InfoGov.Domain.Integration;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.Logging;

namespace InfoGov.Infrastructure.Persistence;

/// <summary>
/// Copies a whole InfoGov database into an empty, migrated database of another provider (a city moving off the
/// embedded SQLite file): every table, row by row through the model, so that each value is read with the source
/// provider's mapping and written with the target's (ids, instants, money, primitive collections keep their
/// values). History, the change feed and the access-log chains are rows like any other and arrive unchanged.
/// The target is written in one transaction: a failure leaves it empty. No interceptor runs on the target, so
/// nothing is re-versioned, re-audited or given new history.
/// </summary>
public sealed class DatabaseCopy(InfoGovDbContext source, ILogger<DatabaseCopy> logger)
{
    /// <summary>Rows per round trip while copying a table.</summary>
    private const int BatchSize = 2_000;

    public sealed class Refused(string message) : Exception(message);

    public sealed record TableCount(string Table, long Source, long Target);

    /// <summary>Opens a context of <paramref name="provider"/> on <paramref name="connectionString"/>, without the
    /// application's interceptors.</summary>
    public static InfoGovDbContext Open(DatabaseProvider provider, string connectionString) => provider switch
    {
        DatabaseProvider.PostgreSql => new PostgreSqlInfoGovDbContext(new DbContextOptionsBuilder<PostgreSqlInfoGovDbContext>().UseNpgsql(connectionString).Options),
        DatabaseProvider.SqlServer => new SqlServerInfoGovDbContext(new DbContextOptionsBuilder<SqlServerInfoGovDbContext>().UseSqlServer(connectionString).Options),
        _ => new SqliteInfoGovDbContext(new DbContextOptionsBuilder<SqliteInfoGovDbContext>().UseSqlite(connectionString).Options),
    };

    public async Task<IReadOnlyList<TableCount>> CopyToAsync(InfoGovDbContext target, CancellationToken cancellationToken = default)
    {
        if ((await source.Database.GetPendingMigrationsAsync(cancellationToken)).Any())
            throw new Refused("The source database is not migrated to this version; run 'migrate' on it first.");
        if (!await target.Database.CanConnectAsync(cancellationToken))
            throw new Refused("The target database cannot be reached; check the connection string and that the database exists.");
        var pending = (await target.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
        if (pending.Count > 0)
            throw new Refused($"The target database is not migrated ({pending.Count} migrations pending, from {pending[0]}); run 'migrate' against it first.");

        var types = Ordered(target.Model);
        foreach (var type in types)
        {
            var rows = await CountAsync(target, type, cancellationToken);
            var allowed = type.ClrType == typeof(ChangeSequence) ? 1
                : type.ClrType == typeof(CalendarYear) ? await target.Set<CalendarYear>().CountAsync(y => y.Source == CalendarInitialValue.Source, cancellationToken)
                : 0;
            if (rows > allowed)
                throw new Refused($"The target database is not empty: {type.GetTableName()} holds {rows} rows. Copy into a newly migrated database.");
        }

        target.ChangeTracker.AutoDetectChangesEnabled = false;
        await target.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await target.Database.BeginTransactionAsync(ct);
            // What migrating (and the deployment's initial calendar) put there is replaced by the source's rows.
            await target.Set<ChangeSequence>().ExecuteDeleteAsync(ct);
            await target.Set<CalendarYear>().ExecuteDeleteAsync(ct);
            foreach (var type in types) await CopyTableAsync(type, target, ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);

        var counts = new List<TableCount>();
        foreach (var type in types)
            counts.Add(new TableCount(type.GetTableName()!, await CountAsync(source, source.Model.FindEntityType(type.ClrType)!, cancellationToken),
                await CountAsync(target, type, cancellationToken)));
        return counts;
    }

    private async Task CopyTableAsync(IEntityType type, InfoGovDbContext target, CancellationToken cancellationToken)
    {
        var copy = typeof(DatabaseCopy).GetMethod(nameof(CopyRowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(type.ClrType);
        var copied = await (Task<int>)copy.Invoke(this, [target, type, cancellationToken])!;
        logger.LogInformation("Copied {Rows} rows of {Table}", copied, type.GetTableName());
    }

    private async Task<int> CopyRowsAsync<T>(InfoGovDbContext target, IEntityType type, CancellationToken cancellationToken) where T : class
    {
        var key = type.FindPrimaryKey()!.Properties;
        // A table that refers to itself (a department's parent) is written in one save, which EF orders parents first.
        var selfReferring = type.GetForeignKeys().Any(f => f.PrincipalEntityType == type);
        IQueryable<T> rows = source.Set<T>().AsNoTracking();
        rows = key.Aggregate((IOrderedQueryable<T>?)null, (ordered, property) => ordered is null
            ? rows.OrderBy(e => EF.Property<object>(e, property.Name))
            : ordered.ThenBy(e => EF.Property<object>(e, property.Name)))!;
        var copied = 0;
        while (true)
        {
            var batch = selfReferring ? await rows.ToListAsync(cancellationToken) : await rows.Skip(copied).Take(BatchSize).ToListAsync(cancellationToken);
            if (batch.Count == 0) break;
            target.Set<T>().AddRange(batch);
            await target.SaveChangesAsync(cancellationToken);
            target.ChangeTracker.Clear();
            copied += batch.Count;
            if (selfReferring || batch.Count < BatchSize) break;
        }
        return copied;
    }

    private static Task<int> CountAsync(InfoGovDbContext db, IEntityType type, CancellationToken cancellationToken) =>
        (Task<int>)typeof(DatabaseCopy).GetMethod(nameof(CountRowsAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Static)!
            .MakeGenericMethod(type.ClrType).Invoke(null, [db, cancellationToken])!;

    private static Task<int> CountRowsAsync<T>(InfoGovDbContext db, CancellationToken cancellationToken) where T : class => db.Set<T>().CountAsync(cancellationToken);

    /// <summary>The tables' entity types, each after the ones it refers to.</summary>
    private static List<IEntityType> Ordered(IModel model)
    {
        var types = model.GetEntityTypes().Where(t => !t.IsOwned() && t.GetTableName() is not null && t.BaseType is null).OrderBy(t => t.GetTableName(), StringComparer.Ordinal).ToList();
        var ordered = new List<IEntityType>();
        var placed = new HashSet<IEntityType>();
        void Place(IEntityType type, HashSet<IEntityType> visiting)
        {
            if (placed.Contains(type) || !visiting.Add(type)) return;
            foreach (var principal in type.GetForeignKeys().Select(f => f.PrincipalEntityType).Where(p => p != type && types.Contains(p))) Place(principal, visiting);
            placed.Add(type);
            ordered.Add(type);
        }
        foreach (var type in types) Place(type, []);
        return ordered;
    }
}
