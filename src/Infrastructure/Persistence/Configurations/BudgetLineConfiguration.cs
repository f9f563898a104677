using InfoGov.Domain.Budgets;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class BudgetLineConfiguration : IEntityTypeConfiguration<BudgetLine>
{
    public void Configure(EntityTypeBuilder<BudgetLine> builder)
    {
        builder.HasOne<Project>().WithMany().HasForeignKey(b => b.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(b => new { b.ProjectId, b.FiscalYear }).IsUnique();
        builder.HasIndex(b => b.FiscalYear);
        builder.ComplexProperty(b => b.Amount, m => m.MapMoney("Amount"));
    }
}
