using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Errors;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.Operations;

namespace InfoGov.Api.Features.Operations;

/// <summary>Root lists of the security and continuity record: findings to follow up and staff training.</summary>
public static class ContinuityQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, SecurityFindingGraphType>("securityFindings", "Findings of security reviews of the systems the caller sees, the earliest deadline first.")
            .ReadableBy(OperationsReaders.Operations)
            .Argument<StringGraphType>("departmentCode", "Only findings on systems this department owns or operates.")
            .Argument<BooleanGraphType>("open", "True: only unresolved findings; false: only resolved ones.")
            .Argument<BooleanGraphType>("overdue", "True: only findings open past their deadline today.")
            .Argument<FindingSeverityGraphType>("severity", "Only findings of this severity.")
            .ResolveQuery(ctx =>
            {
                var loaders = ctx.Loaders();
                var findings = loaders.Visible<SecurityFinding>();
                if (ctx.GetArgument<string?>("departmentCode") is { } code)
                {
                    var db = loaders.Db;
                    findings = findings.Where(f => db.InformationSystems.Any(s => s.Id == f.SystemId
                        && db.Departments.Any(d => d.Code == code && (d.Id == s.OwnerDepartmentId || d.Id == s.OperatorDepartmentId))));
                }
                if (ctx.GetArgument<bool?>("open") is { } open) findings = open ? findings.Where(f => f.ResolvedOn == null) : findings.Where(f => f.ResolvedOn != null);
                if (ctx.GetArgument<bool?>("overdue") == true)
                {
                    var today = ctx.Clock().Today;
                    findings = findings.Where(f => f.ResolvedOn == null && f.DueOn < today);
                }
                if (ctx.GetArgument<FindingSeverity?>("severity") is { } severity) findings = findings.Where(f => f.Severity == severity);
                return findings.OrderBy(f => f.DueOn).ThenBy(f => f.Id);
            });
        query.Connection<object?, TrainingRecordGraphType>("trainingRecords", "Staff training sessions of the departments the caller sees (the office: all; others: their own), latest first.")
            .ReadableBy(OperationsReaders.Operations)
            .Argument<StringGraphType>("departmentCode", "Only this department's sessions.")
            .Argument<IntGraphType>("year", "Only sessions held in this year.")
            .ResolveQuery(ctx =>
            {
                var loaders = ctx.Loaders();
                var records = loaders.Visible<TrainingRecord>();
                if (ctx.GetArgument<string?>("departmentCode") is { } code)
                    records = records.Where(t => loaders.Db.Departments.Any(d => d.Code == code && d.Id == t.DepartmentId));
                if (ctx.GetArgument<int?>("year") is { } year)
                {
                    if (year is < 2000 or > 2100)
                        throw new ExecutionError($"Give a year from 2000 to 2100, not {year}.") { Code = ErrorCodes.InvalidArgument };
                    var (from, to) = (new DateOnly(year, 1, 1), new DateOnly(year, 12, 31));
                    records = records.Where(t => t.HeldOn >= from && t.HeldOn <= to);
                }
                return records.OrderByDescending(t => t.HeldOn).ThenBy(t => t.Id);
            });
    }
}
