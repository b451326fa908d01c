using System.Globalization;
using CoopPortal.Domain.Common;

namespace CoopPortal.Domain.Supervision;

public enum RiskBand
{
    Low,
    Medium,
    High,
}
