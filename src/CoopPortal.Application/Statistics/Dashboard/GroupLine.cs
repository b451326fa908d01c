namespace CoopPortal.Application.Statistics.Dashboard;

/// <summary>Cooperatives of one group (an orientation, a membership type) and their members.</summary>
public sealed record GroupLine(int? Id, string Title, int Cooperatives, long Members);
