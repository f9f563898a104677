using InfoGov.Domain.Leadership;
using InfoGov.Domain.Projects;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class ContractConfiguration : IEntityTypeConfiguration<Contract>
{
    public void Configure(EntityTypeBuilder<Contract> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Vendor).HasMaxLength(200);
        builder.ComplexProperty(c => c.Amount, m => m.MapMoney("Amount"));
        builder.HasOne<Project>().WithMany().HasForeignKey(c => c.ProjectId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Tender>().WithMany().HasForeignKey(c => c.TenderId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Vendor>().WithMany().HasForeignKey(c => c.VendorId).OnDelete(DeleteBehavior.Restrict);
        // One contract per exemption, also when two are signed at once.
        builder.HasOne<TenderExemption>().WithMany().HasForeignKey(c => c.ExemptionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.ExemptionId).IsUnique();
        builder.HasOne<Official>().WithMany().HasForeignKey(c => c.SignerId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Delegation>().WithMany().HasForeignKey(c => c.DelegationId).OnDelete(DeleteBehavior.Restrict);
    }
}
