using InfoGov.Domain.Budgets;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ExpenditureConfiguration : IEntityTypeConfiguration<Expenditure>
{
    public void Configure(EntityTypeBuilder<Expenditure> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(e => e.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ProjectId, e.SpentOn });
        builder.HasIndex(e => new { e.FiscalYear, e.Category });
        builder.Property(e => e.Payee).HasMaxLength(200);
        builder.ComplexProperty(e => e.Amount, m => m.MapMoney("Amount"));
        builder.Ignore(e => e.AwaitsReimbursement);
    }
}
