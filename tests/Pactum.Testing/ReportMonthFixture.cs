namespace Pactum.Testing;

/// <summary>
/// A small October 2026 of Company X, in America/New_York (EDT, UTC−4, the whole month), whose reports are worked out
/// by hand in the report tests. <see cref="Events"/> is imported first; <see cref="LateEvents"/> afterwards holds a
/// late attempt (L6's, dated before L6's connection, which is already stored).
/// </summary>
/// <remarks>
/// Hand-offs (local days): L1 day 1, L2 day 2, L3 day 5, L4 day 10, L6 day 15, and L5 at 23:30 on 31 October (03:30 UTC
/// on 1 November), which counts in October. L7 was handed off at 23:00 on 30 September (03:00 UTC on 1 October), which
/// counts in September. Minutes to the first attempt: L1 30, L2 60, L3 120, L5 10, L6 20 (the late event); L4 untouched.
/// </remarks>
public static class ReportMonthFixture
{
    public const string Zone = "America/New_York";

    public const string Header = "event_id,lead_id,type,occurred_at,source,owner,persona,amount,channel,outcome,reason,asset,track";

    public const string Events = Header + """

        l1-c,L1,lead_created,2026-10-01T13:00:00Z,organic_search,,Manager,,,,,/landing/demo,
        l1-m,L1,mql,2026-10-01T13:30:00Z,,,,,,,,,
        l1-h,L1,handed_off,2026-10-01T14:00:00Z,,amy,,,,,,,
        l1-a,L1,attempt,2026-10-01T14:30:00Z,,amy,,,phone,connected,,,
        l1-k,L1,connected,2026-10-01T14:30:00Z,,amy,,,,,,,
        l1-y,L1,accepted,2026-10-01T15:00:00Z,,amy,,,,,,,
        l1-s,L1,sql,2026-10-02T13:00:00Z,,,,,,,,,
        l1-w,L1,deal_won,2026-10-20T13:00:00Z,,amy,,1000,,,,,
        l2-c,L2,lead_created,2026-10-02T13:00:00Z,referral,,Manager,,,,,/pricing,
        l2-h,L2,handed_off,2026-10-02T15:00:00Z,,bob,,,,,,,
        l2-a1,L2,attempt,2026-10-02T16:00:00Z,,bob,,,phone,no answer,,,
        l2-a2,L2,attempt,2026-10-03T16:00:00Z,,bob,,,email,no answer,,,
        l2-r,L2,rejected,2026-10-03T17:00:00Z,,bob,,,,,no budget,,
        l3-c,L3,lead_created,2026-10-05T12:00:00Z,organic_search,,Intern,,,,,/blog/sla-guide#cta,
        l3-h,L3,handed_off,2026-10-05T14:00:00Z,,amy,,,,,,,
        l3-a1,L3,attempt,2026-10-05T16:00:00Z,,amy,,,phone,no answer,,,
        l3-a2,L3,attempt,2026-10-06T16:00:00Z,,amy,,,phone,no answer,,,
        l3-a3,L3,attempt,2026-10-07T16:00:00Z,,amy,,,phone,left message,,,
        l3-r,L3,recycled,2026-10-20T16:00:00Z,,,,,,,no response,,awareness
        l4-c,L4,lead_created,2026-10-10T12:00:00Z,paid_search,,Manager,,,,,/landing/demo,
        l4-h,L4,handed_off,2026-10-10T14:00:00Z,,bob,,,,,,,
        l5-c,L5,lead_created,2026-10-31T12:00:00Z,email_marketing,,Manager,,,,,/pricing,
        l5-h,L5,handed_off,2026-11-01T03:30:00Z,,amy,,,,,,,
        l5-a,L5,attempt,2026-11-01T03:40:00Z,,amy,,,email,no answer,,,
        l6-c,L6,lead_created,2026-10-15T12:00:00Z,,,Manager,,,,,,
        l6-h,L6,handed_off,2026-10-15T14:00:00Z,,amy,,,,,,,
        l6-k,L6,connected,2026-10-16T14:00:00Z,,amy,,,,,,,
        l7-c,L7,lead_created,2026-09-30T20:00:00Z,referral,,Manager,,,,,/pricing,
        l7-h,L7,handed_off,2026-10-01T03:00:00Z,,bob,,,,,,,
        l7-a,L7,attempt,2026-10-01T13:00:00Z,,bob,,,phone,no answer,,,
        l8-c,L8,lead_created,2026-10-03T12:00:00Z,social_media,,Intern,,,,,/contact,
        l8-d,L8,disqualified,2026-10-04T12:00:00Z,,,,,,,too small,,
        l9-c,L9,lead_created,2026-10-06T12:00:00Z,direct_traffic,,Manager,,,,,/contact,
        l9-w,L9,deal_won,2026-10-25T12:00:00Z,,cat,,500,,,,,

        """;

    public const string LateEvents = Header + """

        l6-a,L6,attempt,2026-10-15T14:20:00Z,,amy,,,phone,connected,,,

        """;
}
