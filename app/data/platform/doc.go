// Package platform recognises social-platform and TV-audience exports by
// their headers and proposes a role for each column, in English and
// French, for old and new header names.
//
//	d := platform.Detect(headers)
//	d.Platform         // platform.MetaFacebook, platform.YouTubeStudio, ... or platform.Generic
//	d.Kind             // "social" or "mass": the default medium kind; "" for Generic
//	d.Score, d.Reason  // confidence in [0, 1] and why, in English and French
//	d.Roles()          // one roles.Role per header, roles.None where nothing fits
//	d.Columns[i]       // Role, Basis (platform, known, word, ignored, total, duplicate) and Reason
//
// DetectRows finds the header row below the title lines some exports
// start with (LinkedIn), IsSummaryRow spots the total rows others include
// (YouTube Studio), and Guess proposes a role for one header of any table.
//
// # Matching headers
//
// Headers are compared after normalisation: UTF-8 read as Windows-1252 is
// repaired ("RÃ©actions"), byte order marks dropped, case and accents
// folded, parenthesised and bracketed parts removed (units such as "(%)",
// "(hours)", "(EUR)"), punctuation turned into spaces. A header is also
// tried without a leading "Total ", "Lifetime ", "Nombre de " or "Nombre
// total de ", so "Total likes" and "Nombre de vues" are likes and views.
//
// # Choices
//
// One column per role: when several columns claim a role, the platform's
// own names beat common names, which beat guesses from words; among
// equals, the dictionary's preference and then the leftmost column win;
// the others are marked BasisDuplicate. The preferences: a permalink
// before a post ID (stable, and safe from spreadsheets rounding long
// numbers); Meta's Views, which replaced Impressions in 2024 and count
// times shown or played, before Impressions; Facebook's Total clicks
// before Link clicks; X's Reposts before its Shares (shares outside X);
// LinkedIn's Impressions before its video Views; YouTube's Views are the
// impressions of a video, while its Impressions (thumbnails shown) are
// ignored; TV's reach (Couverture) before its average audience.
//
// Totals of interactions (Engagements, Interactions; Reactions, comments
// and shares) are never mapped: ReachLab counts interactions from their
// parts, and a total beside its parts would count each of them twice.
// Facebook's Engaged users counts people, not interactions, and is
// ignored, as are rates, averages, durations, followers gained and profile
// visits, each with a reason the interface can show.
package platform
