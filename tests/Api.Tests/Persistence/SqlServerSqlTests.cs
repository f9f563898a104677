using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Features.DataSharing;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Projects;
using InfoGov.Domain.Common;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.SqlServer.TransactSql.ScriptDom;

namespace InfoGov.Api.Tests.Persistence;

/// <summary>
/// SQL Server cannot run here, so its SQL is proven at the text level: the migration script and the
/// main list queries, as the SQL Server provider generates them, must parse as T-SQL with no errors.
/// </summary>
public class SqlServerSqlTests
{
    private static SqlServerInfoGovDbContext Context() =>
        new(new DbContextOptionsBuilder<SqlServerInfoGovDbContext>()
            .UseSqlServer("Server=unreachable.invalid;Database=InfoGov;Integrated Security=true;TrustServerCertificate=true").Options);

    private static void AssertParses(string sql)
    {
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(sql);
        parser.Parse(reader, out var errors);
        Assert.True(errors.Count == 0,
            string.Join("\n", errors.Select(e => $"line {e.Line}: {e.Message}")) + "\n--- SQL ---\n" + sql);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Migration_script_parses_as_tsql(bool idempotent)
    {
        using var db = Context();
        var script = db.GetService<IMigrator>().GenerateScript(options: idempotent ? MigrationsSqlGenerationOptions.Idempotent : MigrationsSqlGenerationOptions.Default);
        Assert.Contains("CREATE TABLE [Projects]", script);
        AssertParses(script);
    }

    [Fact]
    public void Sql_server_model_has_no_pending_changes()
    {
        using var db = Context();
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQL Server migration; add one (see the README).");
    }

    [Fact]
    public void Sqlite_model_has_no_pending_changes()
    {
        using var db = new SqliteInfoGovDbContext(new DbContextOptionsBuilder<SqliteInfoGovDbContext>().UseSqlite("Data Source=:memory:").Options);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a SQLite migration; add one (see the README).");
    }

    [Fact]
    public void PostgreSql_model_has_no_pending_changes()
    {
        using var db = new PostgreSqlDesignTimeFactory().CreateDbContext([]);
        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a PostgreSQL migration; add one (see the README).");
    }

    private static readonly Caller Staff = new(true, Guid.NewGuid().ToString(), "staff", new HashSet<string> { Roles.Staff }, "GAJ", false);
    private static readonly Caller Expert = new(true, Guid.NewGuid().ToString(), "expert", new HashSet<string> { Roles.Expert }, null, false);
    private static readonly Caller ExchangeSystem = new(true, Guid.NewGuid().ToString(), "exchange", new HashSet<string> { Roles.DataExchange }, "MZJ", true);

    public static TheoryData<string> ListQueries => new()
    {
        "projects", "projects-filtered", "projects-by-submission", "projects-for-an-expert", "projects-by-colour", "departments", "data-resources",
        "data-resources-for-an-exchange-system", "sharing-requests", "latest-reports", "children",
    };

    [Theory]
    [MemberData(nameof(ListQueries))]
    public void Main_list_queries_parse_as_tsql(string name)
    {
        using var db = Context();
        var ids = new List<Guid> { Guid.NewGuid(), Guid.NewGuid() };
        IQueryable query = name switch
        {
            "projects" => ProjectQueries.List(db, null, ProjectOrder.CodeAsc, Caller.Anonymous).Skip(20).Take(20),
            "projects-filtered" => ProjectQueries.List(db,
                new ProjectFilter([ProjectStatus.InImplementation], "GAJ", "EGOV", [ProjectLevel.Municipal], FundingCategory.Funded, 2025, true, "平台_100%"),
                ProjectOrder.DueOnAsc, Staff).Skip(40).Take(20),
            "projects-by-submission" => ProjectQueries.List(db, null, ProjectOrder.SubmittedOnDesc, Staff).Take(20),
            "projects-for-an-expert" => ProjectQueries.List(db, null, ProjectOrder.CodeAsc, Expert).Take(20),
            "projects-by-colour" => ProjectQueries.ByHealth(ProjectQueries.List(db, null, ProjectOrder.CodeAsc, Staff),
                new ProjectFilter(null, null, null, null, null, null, null, null, Colours: [StatusColour.Red, StatusColour.Amber]), ProjectOrder.ColourSeverity,
                ProjectHealthIndex.Of(new() { [ids[0]] = new(StatusColour.Red, null, null, false), [ids[1]] = new(StatusColour.Amber, Variance.Of(0.2m), null, true) })).Take(20),
            "departments" => DepartmentQueries.List(db, new DepartmentFilter([DepartmentKind.Township], "QXQ", "镇")).Take(20),
            "data-resources" => DataSharingQueries.Resources(db,
                new DataResourceFilter([SharingType.Conditional], [OpenType.Open], [ResourceClassification.BasicPopulation], "GAJ", "人口"), Caller.Anonymous).Take(20),
            "data-resources-for-an-exchange-system" => DataSharingQueries.Resources(db, null, ExchangeSystem).Take(20),
            "sharing-requests" => DataSharingQueries.Requests(db,
                new SharingRequestFilter([SharingRequestStatus.Pending], "ZY-GAJ-001", "MZJ", "GAJ", IsOverdue: true), new DateOnly(2026, 11, 20)).Take(20),
            "latest-reports" => db.ProgressReports.Where(r => ids.Contains(r.ProjectId)
                && r.Month == db.ProgressReports.Where(x => x.ProjectId == r.ProjectId).Max(x => x.Month)),
            "children" => db.BudgetLines.Where(b => ids.Contains(b.ProjectId)),
            _ => throw new ArgumentOutOfRangeException(nameof(name)),
        };
        AssertParses(query.ToQueryString());
    }

    [Fact]
    public void The_check_rejects_sql_that_is_not_tsql()
    {
        // The SQLite script uses SQLite-only syntax; if it parsed, the checks above would prove nothing.
        using var sqlite = new SqliteInfoGovDbContext(new DbContextOptionsBuilder<SqliteInfoGovDbContext>().UseSqlite("Data Source=:memory:").Options);
        var script = sqlite.GetService<IMigrator>().GenerateScript();
        var parser = new TSql160Parser(initialQuotedIdentifiers: true);
        using var reader = new StringReader(script);
        parser.Parse(reader, out var errors);
        Assert.NotEmpty(errors);
    }
}
