using CampaignFlow.Domain.Contacts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace CampaignFlow.Storage.Configurations;

/// <summary>The many-to-many sets of a contact; each indexed by code first, the way filters look them up.</summary>
internal sealed class ContactSetConfiguration :
    IEntityTypeConfiguration<ContactJobResponsibility>,
    IEntityTypeConfiguration<ContactMailingGroup>,
    IEntityTypeConfiguration<ContactIndustryGroup>,
    IEntityTypeConfiguration<ContactBusinessRelation>
{
    public void Configure(EntityTypeBuilder<ContactJobResponsibility> b)
    {
        b.HasKey(x => new { x.ContactNo, x.JobResponsibilityCode });
        b.Property(x => x.JobResponsibilityCode).HasMaxLength(20);
        b.HasIndex(x => new { x.JobResponsibilityCode, x.ContactNo });
        b.HasOne<JobResponsibility>().WithMany().HasForeignKey(x => x.JobResponsibilityCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ContactMailingGroup> b)
    {
        b.HasKey(x => new { x.ContactNo, x.MailingGroupCode });
        b.Property(x => x.MailingGroupCode).HasMaxLength(20);
        b.HasIndex(x => new { x.MailingGroupCode, x.ContactNo });
        b.HasOne<MailingGroup>().WithMany().HasForeignKey(x => x.MailingGroupCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ContactIndustryGroup> b)
    {
        b.HasKey(x => new { x.ContactNo, x.IndustryGroupCode });
        b.Property(x => x.IndustryGroupCode).HasMaxLength(20);
        b.HasIndex(x => new { x.IndustryGroupCode, x.ContactNo });
        b.HasOne<IndustryGroup>().WithMany().HasForeignKey(x => x.IndustryGroupCode).OnDelete(DeleteBehavior.Restrict);
    }

    public void Configure(EntityTypeBuilder<ContactBusinessRelation> b)
    {
        b.HasKey(x => new { x.ContactNo, x.BusinessRelationCode });
        b.Property(x => x.BusinessRelationCode).HasMaxLength(20);
        b.Property(x => x.LinkToTable).HasConversion<string>().HasMaxLength(10);
        b.Property(x => x.LinkNo).HasMaxLength(20);
        b.HasIndex(x => new { x.BusinessRelationCode, x.ContactNo });
        b.HasIndex(x => new { x.LinkToTable, x.LinkNo });
        b.HasOne<BusinessRelation>().WithMany().HasForeignKey(x => x.BusinessRelationCode).OnDelete(DeleteBehavior.Restrict);
    }
}
