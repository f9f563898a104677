using GraphQL.Types;
using InfoGov.Api.Engine.Authorization;
using InfoGov.Api.Engine.Loading;
using InfoGov.Api.Engine.Paging;
using InfoGov.Api.Engine.Relay;
using InfoGov.Api.Features.Departments;
using InfoGov.Api.Features.Policy;
using InfoGov.Api.Features.Shared;
using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Api.Features.DataSharing;

public sealed class DataResourceGraphType : ObjectGraphType<DataResource>
{
    public DataResourceGraphType()
    {
        Name = "DataResource";
        Description = "An entry of the government's catalog of shared information resources.";
        this.IsNode().ReadableBy(Readers.Anyone);
        Field(r => r.Code).ReadableBy(Readers.Anyone).Description("Catalog code, e.g. ZY-GAJ-001.");
        Field(r => r.Name).ReadableBy(Readers.Anyone).Description("Name in Chinese.");
        Field(r => r.NameEn, nullable: true).ReadableBy(Readers.Anyone).Description("Name in English.");
        Field(r => r.Summary).ReadableBy(Readers.Anyone).Description("What the resource contains.");
        Field(r => r.Classification, type: typeof(NonNullGraphType<ResourceClassificationGraphType>)).ReadableBy(Readers.Anyone).Description("Basic, thematic or departmental.");
        Field(r => r.Format).ReadableBy(Readers.Anyone).Description("Data format, e.g. CSV or JSON.");
        Field(r => r.UpdateCycle, type: typeof(NonNullGraphType<UpdateCycleGraphType>)).ReadableBy(Readers.Anyone).Description("How often the provider refreshes it.");
        Field(r => r.SharingType, type: typeof(NonNullGraphType<SharingTypeGraphType>)).ReadableBy(Readers.Anyone).Description("How it is shared across departments.");
        Field(r => r.OpenType, type: typeof(NonNullGraphType<OpenTypeGraphType>)).ReadableBy(Readers.Anyone).Description("Whether it is disclosed to the public.");
        Field(r => r.Delivery, type: typeof(NonNullGraphType<DeliveryMethodGraphType>)).ReadableBy(Readers.Anyone).Description("How it is delivered.");
        Field(r => r.Status, type: typeof(NonNullGraphType<CatalogStatusGraphType>)).ReadableBy(Readers.Anyone).Description("Draft, published or retired.");
        Field(r => r.LastUpdatedOn, nullable: true).ReadableBy(Readers.Anyone).Description("When the provider last refreshed the data (recordDataUpdate); null until it records one.");
        Field(r => r.NextUpdateDueOn, nullable: true).ReadableBy(Readers.Anyone).Description("One update cycle after the last refresh: the next one is due by then; null for an irregular entry or one with no refresh recorded.");
        Field<NonNullGraphType<BooleanGraphType>>("isStale").ReadableBy(Readers.Anyone).Description("Published and past nextUpdateDueOn today: the data was not refreshed within its update cycle.")
            .Resolve(ctx => ctx.Source.IsStale(ctx.Clock().Today));
        this.Connection<DataResource, DataQualityIssueGraphType>("qualityIssues", "Quality issues reported on this entry, latest first.").ReadableBy(Readers.Government)
            .ResolveBatched(ctx => ctx.Loaders().Children<DataQualityIssue>(nameof(DataQualityIssue.ResourceId), ctx.Source.Id, i => i.OrderByDescending(x => x.ReportedOn)));
        Field(r => r.SharingConditions, nullable: true).Description("The conditions of a conditional entry.");
        Field(r => r.RetiredAt, nullable: true).Description("When the entry was retired; null while offered.");
        Field(r => r.LegalBasisForNotSharing, nullable: true).Description("The legal basis for not sharing, for resources that are not shared.");
        Field(r => r.Version).Description("Concurrency version; changes with every edit.");
        Field<NonNullGraphType<DepartmentGraphType>>("provider").ReadableBy(Readers.Anyone).Description("The department that provides the resource.")
            .Resolve(ctx => ctx.Loaders().ById<Department>(ctx.Source.ProviderDepartmentId));
        this.Connection<DataResource, DataItemGraphType>("items", "The data items (fields) of the resource, in order: their names and types, which a department needs to ask for a conditional entry.").ReadableBy(DataSharingReaders.CatalogItems)
            .ResolveBatched(ctx => ctx.Loaders().Children<DataItem>(nameof(DataItem.ResourceId), ctx.Source.Id, i => i.OrderBy(x => x.Ordinal)));
        Field<NonNullGraphType<StringGraphType>>("jsonSchema").ReadableBy(DataSharingReaders.CatalogItems)
            .Description("The entry's records described as JSON Schema (draft 2020-12, a JSON document in a string): one property per data item, typed, with x-infogov-shared false on items never shared. Also served at GET /catalog/{code}/schema.json and linked from the DCAT export (dct:conformsTo).")
            .Resolve(ctx =>
            {
                var request = ctx.RequestServices!.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request;
                var id = $"{request?.Scheme}://{request?.Host}{request?.PathBase}/catalog/{Uri.EscapeDataString(ctx.Source.Code)}/schema.json";
                return ctx.Loaders().Children<DataItem>(nameof(DataItem.ResourceId), ctx.Source.Id, i => i.OrderBy(x => x.Ordinal))
                    .Then(items => DataResourceSchema.Of(ctx.Source, items, id));
            });
        this.Connection<DataResource, SharingRequestGraphType>("requests", "Sharing requests for this resource, latest first.")
            .ResolveBatched(ctx => ctx.Loaders().Children<SharingRequest>(nameof(SharingRequest.ResourceId), ctx.Source.Id, r => r.OrderByDescending(x => x.SubmittedOn).ThenBy(x => x.Number, StringComparer.Ordinal)));
        this.Connection<DataResource, DataAccessLogEntryGraphType>("accessLog", "Every access to this entry, allowed or refused, latest first.").ReadableBy(DataSharingReaders.AccessLogs)
            .ResolveBatched(ctx => ctx.Loaders().Children<DataAccessLogEntry>(nameof(DataAccessLogEntry.ResourceId), ctx.Source.Id, e => e.OrderByDescending(x => x.Sequence)));
        Field<NonNullGraphType<AccessLogIntegrityGraphType>>("accessLogIntegrity").ReadableBy(DataSharingReaders.AccessLogs)
            .Description("Verifies the hash chain of this entry's access log against its head and names the first broken link or the missing entries.")
            .Resolve(ctx =>
            {
                var loaders = ctx.Loaders();
                var head = loaders.Children<AccessLogHead>(nameof(AccessLogHead.ResourceId), ctx.Source.Id);
                var entries = loaders.Children<DataAccessLogEntry>(nameof(DataAccessLogEntry.ResourceId), ctx.Source.Id);
                // Both loads are registered before either is awaited, so each joins its batch.
                return new DeferredResult(async ct => AccessLogChain.Verify(await entries.GetResultAsync(ct), (await head.GetResultAsync(ct)).SingleOrDefault()));
            });
        this.Connection<DataResource, SharingGrantGraphType>("grants", "Grants to use this resource, latest first.").ReadableBy(Readers.SharingGrants)
            .ResolveBatched(ctx => ctx.Loaders().Children<SharingGrant>(nameof(SharingGrant.ResourceId), ctx.Source.Id, g => g.OrderByDescending(x => x.ValidFrom)));
        this.ReadableBy(Readers.Anyone, fields: Readers.Government);
    }
}
