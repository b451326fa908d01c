using CoopPortal.Domain.Administration;
using CoopPortal.Domain.Certificates;
using CoopPortal.Domain.Cooperatives;
using CoopPortal.Domain.Formation;
using CoopPortal.Domain.Notifications;
using CoopPortal.Domain.ReferenceData;
using CoopPortal.Domain.Registry;
using CoopPortal.Domain.Statistics;
using CoopPortal.Domain.Supervision;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace CoopPortal.Application.Common.Interfaces;

/// <summary>The kinds of numbered sequences.</summary>
public static class SequenceKinds
{
    public const string Certificate = nameof(Certificate);
    public const string Registration = nameof(Registration);
}
