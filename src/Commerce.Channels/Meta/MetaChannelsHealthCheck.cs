using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Commerce.Channels.Meta;

/// <summary>
/// Reports which Meta channels are enabled. Always healthy: a channel left unconfigured is a choice, not a fault,
/// but operators should see at a glance why a webhook answers 404.
/// </summary>
public sealed class MetaChannelsHealthCheck(MetaChannels channels) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var data = channels.Each.ToDictionary(c => c.Channel.ToString().ToLowerInvariant(), c => (object)(c.Enabled ? "enabled" : "disabled"));
        var enabled = channels.Each.Where(c => c.Enabled).Select(c => c.Channel.ToString()).ToList();
        var description = enabled.Count == 0 ? "No Meta channel is configured." : $"Enabled: {string.Join(", ", enabled)}.";
        return Task.FromResult(HealthCheckResult.Healthy(description, data));
    }
}
