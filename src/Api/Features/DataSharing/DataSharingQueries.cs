using GraphQL;
using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Common;
using InfoGov.Api.Engine.Integration;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;

namespace InfoGov.Api.Features.DataSharing;

/// <summary>Root fields of the resource catalog and cross-department sharing.</summary>
public static class DataSharingQueries
{
    public static void AddTo(ObjectGraphType query)
    {
        query.Connection<object?, DataResourceGraphType>("dataResources", "The catalog of shared information resources, by code.")
            .ReadableBy(Readers.Anyone)
            .Argument<DataResourceFilterInputGraphType>("filter", "Conditions the resources must meet.")
            .WithUpdatedSince()
            .ResolveQuery(ctx => Resources(ctx.Loaders().Db, ctx.GetArgument<DataResourceFilter?>("filter"), ctx.Loaders().Caller, ctx.Clock().Today));
        query.Field<DataResourceGraphType>("dataResource")
            .ReadableBy(Readers.Anyone)
            .Description("The catalog entry with this code, or null.")
            .Argument<NonNullGraphType<StringGraphType>>("code", "The resource's catalog code, e.g. ZY-GAJ-001.")
            .WithAsOf()
            .ResolveAsync(async ctx =>
            {
                var instant = AsOf.InstantOf(ctx);
                var code = ctx.GetArgument<string>("code"); // a local, not a call EF would compile on every execution
                var resource = await ctx.Loaders().Visible<DataResource>().SingleOrDefaultAsync(r => r.Code == code, ctx.CancellationToken);
                return resource is null || instant is not { } at ? resource : await AsOf.LoadAsync<DataResource>(ctx.Loaders(), resource.Id, at, ctx.CancellationToken);
            });
        query.Connection<object?, SharingRequestGraphType>("sharingRequests", "Cross-department sharing requests, latest first.")
            .ReadableBy(Readers.Government)
            .Argument<SharingRequestFilterInputGraphType>("filter", "Conditions the requests must meet.")
            .WithUpdatedSince()
            .ResolveQuery(ctx => Requests(ctx.Loaders().Db, ctx.GetArgument<SharingRequestFilter?>("filter"), ctx.Clock().Today));
    }

    /// <summary>Disputes about catalog records; the office lists the overdue ones.</summary>
    public static void AddDisputesTo(ObjectGraphType query) =>
        query.Connection<object?, DataDisputeGraphType>("dataDisputes", "Disputes about catalog records, latest first.")
            .ReadableBy(Readers.Government)
            .Argument<BooleanGraphType>("isOverdue", "Only disputes unanswered after (true), or not after (false), their due date.")
            .Argument<StringGraphType>("resourceCode", "Only disputes about the entry with this code.")
            .WithUpdatedSince()
            .ResolveQuery(ctx =>
            {
                var db = ctx.Loaders().Db;
                var today = ctx.Clock().Today;
                var disputes = db.DataDisputes.AsNoTracking();
                if (ctx.GetArgument<string?>("resourceCode") is { } code) disputes = disputes.Where(d => db.DataResources.Any(r => r.Id == d.ResourceId && r.Code == code));
                if (ctx.GetArgument<bool?>("isOverdue") is { } overdue)
                    disputes = overdue ? disputes.Where(d => d.AnsweredAt == null && d.AnswerDueOn < today) : disputes.Where(d => !(d.AnsweredAt == null && d.AnswerDueOn < today));
                return disputes.OrderByDescending(d => d.RaisedOn).ThenBy(d => d.Id);
            });

    /// <summary>The <c>dataResources</c> list as one query.</summary>
    internal static IQueryable<DataResource> Resources(InfoGovDbContext db, DataResourceFilter? filter, Caller caller, DateOnly today = default)
    {
        var resources = db.DataResources.AsNoTracking().VisibleTo(caller, db);
        if (filter?.SharingTypes is { Count: > 0 } sharing) resources = resources.Where(r => sharing.Contains(r.SharingType));
        if (filter?.OpenTypes is { Count: > 0 } open) resources = resources.Where(r => open.Contains(r.OpenType));
        if (filter?.Classifications is { Count: > 0 } classes) resources = resources.Where(r => classes.Contains(r.Classification));
        if (filter?.ProviderCode is { } provider)
            resources = resources.Where(r => db.Departments.Any(d => d.Code == provider && d.Id == r.ProviderDepartmentId));
        if (filter?.IsStale is { } stale)
        {
            // DataFreshness's rule, per cycle: stale when the last refresh is before the cycle's threshold.
            var (daily, weekly, monthly, quarterly, yearly) = (Threshold(UpdateCycle.Daily), Threshold(UpdateCycle.Weekly), Threshold(UpdateCycle.Monthly),
                Threshold(UpdateCycle.Quarterly), Threshold(UpdateCycle.Yearly));
            System.Linq.Expressions.Expression<Func<DataResource, bool>> isStale = r => r.Status == CatalogStatus.Published && r.LastUpdatedOn != null
                && (((r.UpdateCycle == UpdateCycle.RealTime || r.UpdateCycle == UpdateCycle.Daily) && r.LastUpdatedOn < daily)
                    || (r.UpdateCycle == UpdateCycle.Weekly && r.LastUpdatedOn < weekly)
                    || (r.UpdateCycle == UpdateCycle.Monthly && r.LastUpdatedOn < monthly)
                    || (r.UpdateCycle == UpdateCycle.Quarterly && r.LastUpdatedOn < quarterly)
                    || (r.UpdateCycle == UpdateCycle.Yearly && r.LastUpdatedOn < yearly));
            resources = stale ? resources.Where(isStale) : resources.Where(System.Linq.Expressions.Expression.Lambda<Func<DataResource, bool>>(
                System.Linq.Expressions.Expression.Not(isStale.Body), isStale.Parameters));
        }
        return resources.Matching(filter?.Search, r => r.Code, r => r.Name, r => r.NameEn).OrderBy(r => r.Code);

        DateOnly Threshold(UpdateCycle cycle) => DataFreshness.StaleIfUpdatedBefore(cycle, today)!.Value;
    }

    /// <summary>The <c>sharingRequests</c> list as one query.</summary>
    internal static IQueryable<SharingRequest> Requests(InfoGovDbContext db, SharingRequestFilter? filter, DateOnly today)
    {
        var requests = db.SharingRequests.AsNoTracking();
        if (filter?.IsOverdue is { } overdue)
            requests = overdue
                ? requests.Where(r => r.Status == SharingRequestStatus.Pending && r.AnswerDueOn < today)
                : requests.Where(r => !(r.Status == SharingRequestStatus.Pending && r.AnswerDueOn < today));
        if (filter?.Statuses is { Count: > 0 } statuses) requests = requests.Where(r => statuses.Contains(r.Status));
        if (filter?.ResourceCode is { } resource)
            requests = requests.Where(r => db.DataResources.Any(d => d.Code == resource && d.Id == r.ResourceId));
        if (filter?.RequesterCode is { } requester)
            requests = requests.Where(r => db.Departments.Any(d => d.Code == requester && d.Id == r.RequesterDepartmentId));
        if (filter?.ProviderCode is { } provider)
            requests = requests.Where(r => db.DataResources.Any(d => d.Id == r.ResourceId
                && db.Departments.Any(p => p.Code == provider && p.Id == d.ProviderDepartmentId)));
        return requests.OrderByDescending(r => r.SubmittedOn).ThenBy(r => r.Number);
    }
}
