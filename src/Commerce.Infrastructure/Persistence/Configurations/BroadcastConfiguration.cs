using Commerce.Domain.Broadcasts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Commerce.Infrastructure.Persistence.Configurations;

internal sealed class BroadcastConfiguration : IEntityTypeConfiguration<Broadcast>
{
    public void Configure(EntityTypeBuilder<Broadcast> builder)
    {
        builder.ToTable("Broadcasts");
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.Name).HasMaxLength(Broadcast.MaxNameLength).IsRequired();
        builder.OwnsOne(b => b.Text, text =>
        {
            text.Property(t => t.De).HasColumnName("text_de").HasMaxLength(Broadcast.MaxTextLength).IsRequired();
            text.Property(t => t.En).HasColumnName("text_en").HasMaxLength(Broadcast.MaxTextLength);
        });
        builder.Navigation(b => b.Text).IsRequired();
        builder.Property(b => b.Status).HasConversion<string>().HasMaxLength(16);
        builder.HasIndex(b => b.Status).HasFilter("status = 'Sending'");
        builder.HasIndex(b => b.CreatedAt);
    }
}

internal sealed class BroadcastRecipientConfiguration : IEntityTypeConfiguration<BroadcastRecipient>
{
    public void Configure(EntityTypeBuilder<BroadcastRecipient> builder)
    {
        builder.ToTable("BroadcastRecipients");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityAlwaysColumn();
        builder.HasOne<Broadcast>().WithMany().HasForeignKey(r => r.BroadcastId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(r => r.Channel).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Status).HasConversion<string>().HasMaxLength(16);
        builder.Property(r => r.Reason).HasMaxLength(500);
        // One row per recipient: nobody gets a broadcast twice.
        builder.HasIndex(r => new { r.BroadcastId, r.ConversationId }).IsUnique();
        builder.HasIndex(r => new { r.BroadcastId, r.Id }).HasFilter("status = 'Pending'");
        builder.HasIndex(r => r.OutboxMessageId);
    }
}
