using InfoGov.Domain.Budgets;
using InfoGov.Domain.Departments;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ConsolidationSavingConfiguration : IEntityTypeConfiguration<ConsolidationSaving>
{
    public void Configure(EntityTypeBuilder<ConsolidationSaving> builder)
    {
        builder.HasIndex(s => s.FiscalYear);
        builder.Property(s => s.Description).HasMaxLength(1000);
        builder.ComplexProperty(s => s.Amount, m => m.MapMoney("Amount"));
        builder.HasOne<Department>().WithMany().HasForeignKey(s => s.DepartmentId).OnDelete(DeleteBehavior.Restrict);
    }
}
