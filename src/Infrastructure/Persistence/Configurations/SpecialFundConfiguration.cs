using InfoGov.Domain.Budgets;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class SpecialFundConfiguration : IEntityTypeConfiguration<SpecialFund>
{
    public void Configure(EntityTypeBuilder<SpecialFund> builder)
    {
        builder.HasIndex(f => f.FiscalYear).IsUnique();
        builder.ComplexProperty(f => f.Cap, m => m.MapMoney("Cap"));
    }
}
