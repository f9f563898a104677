using System.Security.Cryptography;
using System.Text;
using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    /// <summary>
    /// The register of vendors: the demo contractors and two construction supervisors, with well-formed credit codes.
    /// Ids and codes follow from the names, not from the random sequence, so the rest of the demo data stays as it was.
    /// </summary>
    private void SeedVendors()
    {
        var firms = DemoNames.Vendors.Select(n => (Name: n, Kind: VendorKind.Contractor))
            .Concat(DemoNames.Supervisors.Select(n => (Name: n, Kind: VendorKind.Supervisor))).ToList();
        for (var i = 0; i < firms.Count; i++)
        {
            var first17 = $"91330100MA{i + 1:D7}";
            var vendor = Vendor.Register($"GYS-{i + 1:D4}", firms[i].Name, first17 + CreditCode.CheckCharacter(first17), firms[i].Kind,
                At(new DateOnly(2024, 1, 2)), StableId("vendor:" + firms[i].Name));
            db.Vendors.Add(vendor);
            _vendors[vendor.Name] = vendor;
        }
    }

    /// <summary>
    /// The construction supervisor's reports on a project it supervises (every third one, see
    /// <see cref="SeedSupervisionAndExemption"/>): the last three months of the work, a slow project's found slipping.
    /// </summary>
    private void SeedSupervisionReports(Project project, DateOnly start, DateOnly endOfWork, double pace)
    {
        var number = int.Parse(project.Code[^3..], System.Globalization.CultureInfo.InvariantCulture);
        if (number % 3 != 0) return;
        var supervisor = _vendors[DemoNames.Supervisors[number % DemoNames.Supervisors.Length]];
        var last = endOfWork < ReferenceDate ? endOfWork : ReferenceDate;
        var first = new DateOnly(start.Year, start.Month, 1);
        for (var month = new DateOnly(last.Year, last.Month, 1).AddMonths(-2); month <= last; month = month.AddMonths(1))
        {
            if (month < first) continue;
            var slow = pace < 0.85;
            var report = SupervisionReport.Record(project, supervisor, contracted: true, month,
                slow && month.Month % 2 == 0 ? QualityFinding.NeedsImprovement : QualityFinding.Satisfactory,
                slow ? ScheduleFinding.Slipping : ScheduleFinding.OnSchedule,
                slow ? "Interface development with the data exchange platform behind plan; test environment not ready." : null,
                reported: false, ReferenceDate, supervisor.Name, At(month.AddMonths(1).AddDays(2), 11));
            // Made by the domain's own rule, then kept under an id that follows from the project and month.
            db.SupervisionReports.Add(new SupervisionReport
            {
                Id = StableId($"supervision-report:{project.Code}:{month:yyyy-MM}"),
                ProjectId = report.ProjectId,
                SupervisorId = report.SupervisorId,
                Month = report.Month,
                Quality = report.Quality,
                Schedule = report.Schedule,
                Issues = report.Issues,
                RecordedAt = report.RecordedAt < At(ReferenceDate) ? report.RecordedAt : At(ReferenceDate),
                RecordedBy = report.RecordedBy,
            });
        }
    }

    /// <summary>
    /// Risk registers of every fourth project under way: an interface risk and a staffing issue; on a slow project the
    /// interface risk is escalated to the office, on a fast one the staffing issue is closed.
    /// </summary>
    private void SeedRisks(Project project, DateOnly start, double pace)
    {
        var number = int.Parse(project.Code[^3..], System.Globalization.CultureInfo.InvariantCulture);
        if (number % 4 != 0) return;
        var owner = _informationManagers.TryGetValue(project.OwnerDepartmentId, out var manager) ? manager.Name : OfficeActor;
        var interfaceRisk = ProjectRisk.Raise(project, 0, "Provincial data exchange interface may be late", owner, pace < 0.85 ? 4 : 2, 4,
            "Weekly joint test sessions with the provincial platform team; a file-based fallback prepared.", owner, At(start.AddDays(20)));
        var staffing = ProjectRisk.Raise(project, 1, "Vendor's lead developer leaving", owner, 3, 3,
            "Knowledge transfer to a second developer; the contract names a replacement within 10 days.", owner, At(start.AddDays(40)));
        if (pace < 0.85) interfaceRisk.Escalate(project, "Needs the office to coordinate with the provincial data administration.", At(start.AddDays(60)));
        else staffing.Close("The replacement developer is in place and the handover is signed off.", At(start.AddDays(70)));
        db.ProjectRisks.AddRange(interfaceRisk, staffing);
    }

    /// <summary>An id that follows from <paramref name="key"/>: for demo records added after the random sequence was fixed.</summary>
    private static Guid StableId(string key) => new(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 16));

    /// <summary>
    /// What some projects under way procured besides the main contract: every third one a construction supervisor
    /// (tendered, 3% of the budget), and every fifth one a data-migration service by its builder under a tender
    /// exemption from the office (5%). Chosen from the project code, so the random sequence is untouched.
    /// </summary>
    private void SeedSupervisionAndExemption(Project project, Department owner, string builder, DateOnly start)
    {
        var number = int.Parse(project.Code[^3..], System.Globalization.CultureInfo.InvariantCulture);
        var budget = project.Baseline!.Budget.Amount;
        var signer = _heads[owner.Id].Id;
        if (number % 3 == 0)
        {
            var supervisor = _vendors[DemoNames.Supervisors[number % DemoNames.Supervisors.Length]];
            var tender = new Tender
            {
                Id = StableId("supervision-tender:" + project.Code),
                ProjectId = project.Id,
                Title = $"{project.Name} construction supervision",
                Method = TenderMethod.CompetitiveNegotiation,
                PublishedOn = start.AddDays(-14),
                AwardedOn = start.AddDays(-4),
                WinningVendor = supervisor.Name,
                WinningVendorId = supervisor.Id,
                BidCount = 3,
            };
            db.Tenders.Add(tender);
            db.Contracts.Add(new Contract
            {
                Id = StableId("supervision-contract:" + project.Code),
                ProjectId = project.Id,
                TenderId = tender.Id,
                Number = $"JL-{project.Code[3..]}",
                Vendor = supervisor.Name,
                VendorId = supervisor.Id,
                Amount = Money.Cny(Math.Round(budget * 0.03m, 0)),
                SignedOn = start.AddDays(-1),
                SignerId = signer,
            });
        }
        if (number % 5 == 0)
        {
            var amount = Money.Cny(Math.Round(budget * 0.05m, 0));
            var exemption = new TenderExemption
            {
                Id = StableId("exemption:" + project.Code),
                ProjectId = project.Id,
                Reason = "Migration of the old system's data by the firm that built it: a single source.",
                Ceiling = amount,
                GrantedBy = OfficeActor,
                GrantedAt = At(start.AddDays(10), 15),
            };
            var contract = new Contract
            {
                Id = StableId("exemption-contract:" + project.Code),
                ProjectId = project.Id,
                ExemptionId = exemption.Id,
                Number = $"HT-{project.Code[3..]}-M",
                Vendor = builder,
                VendorId = _vendors[builder].Id,
                Amount = amount,
                SignedOn = start.AddDays(12),
                SignerId = signer,
            };
            exemption.UseFor(contract.Id, amount);
            db.TenderExemptions.Add(exemption);
            db.Contracts.Add(contract);
        }
    }
}
