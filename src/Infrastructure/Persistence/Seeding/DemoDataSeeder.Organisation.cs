using InfoGov.Domain.Common;
using InfoGov.Domain.Departments;
using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;

namespace InfoGov.Infrastructure.Persistence.Seeding;

public sealed partial class DemoDataSeeder
{
    private void SeedOrganisation()
    {
        foreach (var seed in DemoNames.Departments)
        {
            var department = new Department
            {
                Id = NextId(),
                Code = seed.Code,
                Name = seed.Name,
                NameEn = seed.NameEn,
                Kind = seed.Kind,
                ParentId = seed.Parent is null ? null : _departments[seed.Parent].Id,
            };
            _departments.Add(seed.Code, department);
            db.Departments.Add(department);
        }
        foreach (var seed in DemoNames.Programmes)
        {
            var programme = new Programme
            {
                Id = NextId(),
                Code = seed.Code,
                Name = seed.Name,
                NameEn = seed.NameEn,
                LeadDepartmentId = _departments[seed.Lead].Id,
                Description = seed.Description,
                AnnualTargets = seed.Targets,
            };
            _programmes.Add(seed.Code, programme);
            db.Programmes.Add(programme);
        }
    }

    private void SeedLeadership()
    {
        var index = 0;
        foreach (var department in _departments.Values)
        {
            index++;
            var head = NewOfficial(department, HeadTitle(department), isHead: true, index);
            var manager = NewOfficial(department, department.Kind == DepartmentKind.Township ? "信息员" : "信息化负责人", isHead: false, index);
            _heads[department.Id] = head;
            _informationManagers[department.Id] = manager;

            foreach (var kind in Enum.GetValues<ResponsibilityKind>())
            {
                var assignment = new ResponsibilityAssignment
                {
                    Id = NextId(),
                    DepartmentId = department.Id,
                    Kind = kind,
                    HolderId = head.Id,
                    ValidFrom = new DateOnly(2023, 1, 1),
                };
                db.ResponsibilityAssignments.Add(assignment);
                if (kind == ResponsibilityKind.DecideMajorProjects && index % 2 == 0)
                {
                    var delegation = new Delegation
                    {
                        Id = NextId(),
                        AssignmentId = assignment.Id,
                        DelegateId = manager.Id,
                        Scope = "Sign informatization contracts up to 1,000,000 CNY",
                        ValidFrom = new DateOnly(2024, 1, 1),
                        ValidTo = new DateOnly(2026, 12, 31),
                        SigningLimitAmount = 1_000_000m,
                        SigningLimitCurrency = Money.DefaultCurrency,
                    };
                    _signingDelegations[department.Id] = delegation;
                    db.Delegations.Add(delegation);
                }
                if (kind is ResponsibilityKind.ApproveDevelopmentPlan or ResponsibilityKind.ApproveAnnualFundBudget)
                    foreach (var year in new[] { 2024, 2025, 2026 })
                        db.FulfilmentRecords.Add(new FulfilmentRecord
                        {
                            Id = NextId(),
                            AssignmentId = assignment.Id,
                            Summary = kind == ResponsibilityKind.ApproveDevelopmentPlan
                                ? $"Approved the {year} informatization implementation plan"
                                : $"Approved the {year} informatization fund budget",
                            FulfilledOn = new DateOnly(year, 1, 10).AddDays(_random.Next(40)),
                            EvidenceReference = $"{department.Code}-{year}-{(int)kind:00}",
                        });
            }
        }
    }

    private static string HeadTitle(Department department) => department.Kind switch
    {
        DepartmentKind.Township => department.Name.EndsWith("街道", StringComparison.Ordinal) ? "主任" : department.Name.EndsWith("乡", StringComparison.Ordinal) ? "乡长" : "镇长",
        DepartmentKind.Bureau when department.Name.EndsWith("人民政府", StringComparison.Ordinal) => "区长",
        DepartmentKind.Bureau when department.Name.EndsWith("委员会", StringComparison.Ordinal) => "主任",
        DepartmentKind.Bureau => "局长",
        DepartmentKind.PublicInstitution when department.Name.EndsWith("馆", StringComparison.Ordinal) => "馆长",
        _ => "主任",
    };

    private Official NewOfficial(Department department, string position, bool isHead, int index)
    {
        var official = new Official
        {
            Id = NextId(),
            DepartmentId = department.Id,
            Name = PersonName(),
            Position = position,
            IsHead = isHead,
            IsInformationManager = !isHead,
            Phone = $"0571-8{index:000}{(isHead ? 1 : 2)}{_random.Next(100, 999)}",
            Email = $"{department.Code.ToLowerInvariant()}.{(isHead ? "head" : "cio")}@gov.example.cn",
            AccountObjectId = DemoAccounts.OfficialObjectId(department.Code, isHead ? "head" : "cio"),
        };
        db.Officials.Add(official);
        return official;
    }

    private void SeedExperts()
    {
        var affiliations = _departments.Values.Where(d => d.Kind == DepartmentKind.Bureau).ToList();
        for (var i = 1; i <= 48; i++)
        {
            var expert = new Expert
            {
                Id = NextId(),
                Code = $"ZJ{i:000}",
                Name = PersonName(),
                Category = DemoNames.ExpertCategories[i % DemoNames.ExpertCategories.Length],
                Title = i % 3 == 0 ? "教授" : i % 3 == 1 ? "高级工程师" : "研究员",
                // Half the pool works for a department; the draw must keep them off its projects.
                AffiliationDepartmentId = i % 2 == 0 ? Pick(affiliations).Id : null,
                IsActive = i % 16 != 0,
                AccountObjectId = DemoAccounts.ExpertObjectId($"ZJ{i:000}"),
            };
            _experts.Add(expert);
            db.Experts.Add(expert);
        }
    }
}
