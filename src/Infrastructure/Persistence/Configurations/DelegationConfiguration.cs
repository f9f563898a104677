using InfoGov.Domain.Leadership;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace InfoGov.Infrastructure.Persistence.Configurations;

internal sealed class DelegationConfiguration : IEntityTypeConfiguration<Delegation>
{
    public void Configure(EntityTypeBuilder<Delegation> builder)
    {
        builder.HasOne<ResponsibilityAssignment>().WithMany().HasForeignKey(d => d.AssignmentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Official>().WithMany().HasForeignKey(d => d.DelegateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<InfoGov.Domain.Projects.Project>().WithMany().HasForeignKey(d => d.ProjectId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(d => d.SigningLimitAmount).HasPrecision(18, 2);
        builder.Property(d => d.SigningLimitCurrency).HasMaxLength(3).IsFixedLength();
        builder.Ignore(d => d.SigningLimit);
    }
}
