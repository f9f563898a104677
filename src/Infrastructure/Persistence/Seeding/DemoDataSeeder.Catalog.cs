using InfoGov.Domain.DataSharing;
using InfoGov.Domain.Departments;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    private static readonly SharingRequestStatus[] RequestStatuses =
    [
        SharingRequestStatus.Approved, SharingRequestStatus.Pending, SharingRequestStatus.Approved, SharingRequestStatus.Refused,
        SharingRequestStatus.Escalated, SharingRequestStatus.Approved, SharingRequestStatus.Withdrawn, SharingRequestStatus.Pending,
    ];

    private void SeedCatalog()
    {
        var resources = new List<(DataResource Resource, List<DataItem> Items)>();
        var index = 0;
        foreach (var seed in DemoNames.Resources)
        {
            index++;
            // "Shared by default": half unconditional, most of the rest conditional, a few not shared.
            var sharing = (index % 10) switch { < 5 => SharingType.Unconditional, < 9 => SharingType.Conditional, _ => SharingType.NotShared };
            var resource = new DataResource
            {
                Id = NextId(),
                Code = $"ZY-{_departments[seed.Provider].Code}-{index:000}",
                Name = seed.Name,
                NameEn = seed.NameEn,
                ProviderDepartmentId = _departments[seed.Provider].Id,
                Summary = $"{seed.NameEn} maintained by the {_departments[seed.Provider].NameEn}.",
                Classification = seed.Classification,
                Format = (index % 3) switch { 0 => "CSV", 1 => "JSON", _ => "XLSX" },
                UpdateCycle = (UpdateCycle)(index % 7),
                SharingType = sharing,
                // What is not shared with departments is not open to the public either.
                OpenType = sharing == SharingType.NotShared ? OpenType.NotOpen
                    : (index % 3) switch { 0 => OpenType.Open, 1 => OpenType.ConditionallyOpen, _ => OpenType.NotOpen },
                Delivery = (DeliveryMethod)(index % 3),
                LegalBasisForNotSharing = sharing == SharingType.NotShared ? "Personal information protection law, article 34" : null,
                SharingConditions = sharing == SharingType.Conditional ? "For verifying applicants' data in administrative services only" : null,
            };
            db.DataResources.Add(resource);
            var items = seed.Items.Select((name, i) => new DataItem
            {
                Id = NextId(),
                ResourceId = resource.Id,
                Ordinal = i + 1,
                Name = name,
                DataType = name.Contains("日期") || name.Contains("时间") ? "date" : name.Contains("金额") || name.Contains("面积") || name.Contains("数") ? "decimal" : "string",
            }).ToList();
            db.DataItems.AddRange(items);
            resources.Add((resource, items));
        }
        SeedSharingRequests(resources.Where(r => r.Resource.SharingType == SharingType.Conditional).ToList());
        SeedAccessLogChains();
        SeedDataQuality(resources.Select(r => r.Resource).ToList());
    }

    private void SeedSharingRequests(List<(DataResource Resource, List<DataItem> Items)> conditional)
    {
        var requesters = _departments.Values.Where(d => d.Kind is DepartmentKind.Bureau or DepartmentKind.Township or DepartmentKind.PublicInstitution).ToList();
        for (var i = 0; i < 40; i++)
        {
            var (resource, items) = conditional[i % conditional.Count];
            var requester = requesters.Where(d => d.Id != resource.ProviderDepartmentId).ElementAt(_random.Next(requesters.Count - 1));
            var status = RequestStatuses[i % RequestStatuses.Length];
            var submittedOn = status switch
            {
                SharingRequestStatus.Pending => ReferenceDate.AddDays(-_random.Next(1, 8)),
                SharingRequestStatus.Escalated => ReferenceDate.AddDays(-_random.Next(20, 40)),
                _ => new DateOnly(2025, 1, 6).AddDays(_random.Next(620)),
            };
            var request = new SharingRequest
            {
                Id = NextId(),
                Number = $"GX-{submittedOn.Year}-{i + 1:000}",
                ResourceId = resource.Id,
                RequesterDepartmentId = requester.Id,
                Purpose = $"Verify applicants' data when handling {requester.NameEn} services.",
                LegalBasis = "Regulation on the sharing of government information resources, article 12",
                SubmittedOn = submittedOn,
                AnswerDueOn = SharingRequest.DueDate(submittedOn, _calendar),
                PeriodFrom = submittedOn,
                PeriodUntil = submittedOn.AddYears(1).AddDays(30),
            };
            db.SharingRequests.Add(request);
            var asked = items.OrderBy(_ => _random.Next()).Take(2 + _random.Next(Math.Max(1, items.Count - 2))).ToList();
            db.SharingRequestItems.AddRange(asked.Select(item => new SharingRequestItem { RequestId = request.Id, DataItemId = item.Id }));

            var decidedAt = At(_calendar.AddWorkingDays(submittedOn, 3 + _random.Next(9)));
            switch (status)
            {
                case SharingRequestStatus.Approved:
                    request.Approve(decidedAt);
                    SeedGrant(request, asked, DateOnly.FromDateTime(decidedAt.Date));
                    break;
                case SharingRequestStatus.Refused:
                    request.Refuse(decidedAt, "The requested items include sensitive personal data not needed for the stated purpose.");
                    break;
                case SharingRequestStatus.Escalated:
                    request.Escalate(request.AnswerDueOn.AddDays(1));
                    break;
                case SharingRequestStatus.Withdrawn:
                    request.Withdraw(decidedAt);
                    break;
            }
        }
    }

    private void SeedGrant(SharingRequest request, List<DataItem> items, DateOnly from)
    {
        var grant = new SharingGrant
        {
            Id = NextId(),
            RequestId = request.Id,
            ResourceId = request.ResourceId,
            GranteeDepartmentId = request.RequesterDepartmentId,
            ValidFrom = from,
            ValidUntil = from.AddYears(1),
        };
        db.SharingGrants.Add(grant);
        db.GrantItems.AddRange(items.Select(item => new GrantItem { GrantId = grant.Id, DataItemId = item.Id }));
        var requester = _departments.Values.First(d => d.Id == request.RequesterDepartmentId);
        var accesses = 3 + _random.Next(10);
        for (var i = 0; i < accesses; i++)
        {
            var day = from.AddDays(_random.Next(Math.Max(1, Math.Min(365, ReferenceDate.DayNumber - from.DayNumber))));
            _pendingAccesses.Add((grant, requester, At(day, 9 + _random.Next(8)),
                string.Join(",", items.Take(1 + _random.Next(items.Count)).Select(item => item.Name)), 1 + _random.Next(500)));
        }
    }

    private readonly List<(SharingGrant Grant, Department Requester, DateTimeOffset At, string Items, int Records)> _pendingAccesses = [];

    /// <summary>Writes the seeded accesses as each resource's hash chain, in time order.</summary>
    private void SeedAccessLogChains()
    {
        foreach (var resource in _pendingAccesses.GroupBy(a => a.Grant.ResourceId))
        {
            var head = new AccessLogHead { Id = NextId(), ResourceId = resource.Key };
            db.AccessLogHeads.Add(head);
            foreach (var access in resource.OrderBy(a => a.At))
            {
                var by = $"{access.Requester.Code.ToLowerInvariant()}-service-system";
                var entry = head.Append(access.Grant.Id, access.Requester.Id, access.At, by, access.Items, "Verify an applicant's data", access.Records, null, NextId());
                db.DataAccessLog.Add(entry);
            }
        }
    }
}
