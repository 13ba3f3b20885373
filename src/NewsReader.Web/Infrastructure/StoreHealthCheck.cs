using Microsoft.Extensions.Diagnostics.HealthChecks;
using NewsReader.Data;

namespace NewsReader.Web.Infrastructure;

internal sealed class StoreHealthCheck(NewsDbContext db) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        await db.Database.CanConnectAsync(cancellationToken)
            ? HealthCheckResult.Healthy("The article store answers.")
            : HealthCheckResult.Unhealthy("The article store cannot be opened.");
}
