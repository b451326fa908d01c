using CoopPortal.Application.Statistics.Common;

namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>The dashboard's numbers with the tables made of them.</summary>
public sealed record DashboardView(DashboardReport Report, StatisticsReport Tables);
