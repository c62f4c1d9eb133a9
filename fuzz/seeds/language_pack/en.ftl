## tegenprestatie-check language pack
## version: 0.1.0-bf63b6cb
## lang: en


other-lang-button = Nederlands
app-title = Tegenprestatie check
intro-1 = With a social assistance benefit, the municipality can ask you to do unpaid work that is useful to others. This is called the tegenprestatie.
intro-2 = This check shows whether the tegenprestatie applies to you, how many hours and for how long. You answer a few questions. It takes about 3 minutes.
step-of = Question { $n } of about { $total }
next = Next
back = Back
to-result = See the outcome
clear = Clear my answers
cleared = Your answers have been cleared.
what-does-this-mean = What does this mean?
yes = Yes
no = No
unknown = I don't know
error-summary-title = Something is not filled in correctly
error-prefix = Error:
search-label = Find your municipality
search-hint = Type the name of your municipality, for example Den Haag or Súdwest-Fryslân. Part of the name is enough.
search-more =
    { $n ->
        [one] There is 1 more municipality with these letters. Type more letters.
       *[other] There are { $n } more municipalities with these letters. Type more letters.
    }
no-ordinance-meta = Only the rules in the law
via-common = Also called: { $name }
via-former = { $former } is now part of this municipality
found =
    { $n ->
        [one] 1 municipality found
       *[other] { $n } municipalities found
    }
none-found = No municipality found.
ordinance-label = Rules of { $year }
merged-note = Note: { $note }
review-title = Check your answers
review-intro = Is everything right? Then you will see the outcome next.
change = Change
not-answered = Not asked
result-title = Outcome
result-for = { $name }, { $date }
college-decides-intro = The municipality looks at your situation. Our sources do not say what follows. The municipality decides:
if-it-holds = If the municipality finds that this rule applies
if-it-does-not = If the municipality finds that this rule does not apply
see-next = See question { $n }.
no-maximum = Your municipality sets no maximum number of hours. But 32 hours a week or more is never allowed. A court said so.
no-maximum-short = There is no maximum, but 32 hours a week or more is never allowed.
rules-from = Rules in force from { $from }{ $to }. They may have changed: ask your municipality.
why-title = Why? And the sources
rules-title = The rules that apply
next-steps-sources = Where the advice comes from
sources-title = Sources
next-steps-title = What can you do now?
practice-title = How it works in practice
practice-label = Practice, not a rule
version-label = Version
in-force-label = In force from
detail-label = How complete is the source?
print = Print this outcome
share-label = Link to this check with your answers
share = Copy the link
share-done = The link is copied. Your answers are in the link. Only share it with people you trust.
share-failed = Copying did not work. The link is selected: copy it yourself.
share-hint = The link contains your answers. They are not sent to any server.
change-answers = Change your answers
privacy = We send nothing. Your answers are only in this tab and in the address of this page (that makes the Back button work). Close the tab and they are gone.
privacy-embedded = We send nothing, not even to this website. Your answers stay in this page. Close the page and they are gone.
ordinance-unreachable = The check cannot load the municipality's rules right now. Try again later, or ask the municipality.
ordinance-invalid = The municipality's rules are not set up correctly in this check, so it gives no answer. Ask the municipality.
municipality-unknown = This check does not know the municipality this website has set. Ask the municipality.
for-caseworkers = For caseworkers: the intake with every question on one screen
for-municipalities = For municipalities: write and test your ordinance
remember = Remember my answers on this device
remember-hint = Then you will see them again when you open the check later. Do not do this on a computer you share.
no-match-next = We find no municipality with ‘{ $query }’ in its name. Type the name of your municipality, not of your village, town or neighbourhood. Not sure of the name? Look at a letter from the municipality about your benefit.
merged-warning = { $name }: { $note } We only know the old rules of { $name }. Ask your municipality which rules apply now.
merged-warning-no-rules = { $name }: { $note } Do you live there now? Then choose the municipality you live in now.
hours-unit = hours a week
months-unit = months
years-unit = years

language-label = Language
language-loading = Loading the language …
read-aloud = Read aloud
read-aloud-stop = Stop reading

bounds-decimal = .
bounds-separator = { ", " }
bounds-from-to = { $min } to { $max }
bounds-at-least = at least { $n }
bounds-at-most = at most { $n }
bounds-average = on average { $n }
bounds-hours-a-week =
    { $n ->
        [one] hour a week
       *[other] hours a week
    }
bounds-months =
    { $n ->
        [one] month
       *[other] months
    }
bounds-weeks =
    { $n ->
        [one] week
       *[other] weeks
    }
bounds-total-hours =
    { $n ->
        [one] hour in total
       *[other] hours in total
    }
bounds-per-year = a year
bounds-times = { $n } times
bounds-or-less = or fewer if you cannot do more
bounds-no-end = with no end date
bounds-according-to-ability = as much as you can

citation-artikel = article
citation-lid = paragraph
citation-onderdeel = point
citation-no-article = { "" }

status-not-applicable = You do not have to do a tegenprestatie
    .lead = The duty to do a tegenprestatie does not apply to you.
    .next = You do not have to do anything. Does your situation change? Then do the check again.
status-exempt = You do not have to do a tegenprestatie
    .lead = The duty does apply, but you are exempt.
    .next = Tell your caseworker why you are exempt. Does your situation change? Then do the check again.
status-fulfilled = What you already do counts as the tegenprestatie
    .lead = You do not have to do anything extra, as long as you keep doing this.
    .next = Tell your caseworker what you already do, and keep doing it.
status-obligated = The municipality can ask you to do a tegenprestatie
    .lead = That is unpaid work that is useful to others.
    .next = The municipality first discusses the tegenprestatie with you. Take this outcome to the meeting.
status-discretionary = It depends on what the municipality decides
    .lead = The municipality may decide this person by person. This follows from each answer:
    .next = Ask your caseworker what the municipality decides. Take this outcome with you. You will then get a decision.
status-ordinance-unknown = The municipality may ask you to do a tegenprestatie
    .lead = The law allows it. But whether your municipality asks you to do it, and how much, is in your municipality's rules. This check does not have those rules.
    .next = Ask your caseworker what your municipality's rules say. Take this outcome with you.

question-gemeente = Which municipality do you live in?
    .hint = Each municipality has its own rules for the tegenprestatie.
    .help = The tegenprestatie is unpaid work that is useful to others. The municipality can ask for it if you receive a benefit. For example helping in a community centre or shopping for someone. It may not replace a paid job.
question-leeftijd = How old are you?
    .hint = Your age in whole years.
question-aow = Have you reached the state pension (AOW) age?
    .hint = Usually this is 67. For some people it is different.
    .help = The AOW is the state pension. From the AOW age on, the tegenprestatie no longer applies.
question-uitkering = Which benefit do you receive?
    .help = Social assistance (bijstand) is the benefit under the Participatiewet. IOAW and IOAZ are benefits for older or partly disabled unemployed people and former self-employed people. Special assistance (bijzondere bijstand) is money for special costs.
question-arbeidsongeschikt = Are you fully and permanently unable to work?
    .hint = This means: you cannot work at all, now or later, and this has been officially established.
    .help = This is about article 4 of the Wet WIA: fully and permanently unable to work. Not sure? Choose 'No' and ask the municipality.
question-alleenstaande-ouder = As a single parent, are you exempt from the duty to work?
    .hint = You can get this exemption if you alone care for a child under 5.
    .help = Exempt means: the municipality has released you from the duty. You received a letter about it.
question-mantelzorg = Do you give informal care (mantelzorg)?
    .help = Informal care is care for someone you know, such as your parent, partner, child or neighbour. You do not do it as a job. It is more than the usual help within a household.
question-mantelzorg-uren = How much informal care do you give?
    .hint = An estimate is good enough.
question-mantelzorg-nodig = Has the municipality said that your informal care is really needed?
    .hint = The municipality decides this, not you. Has it not said anything about it yet? Then choose 'I don't know'.
    .help = Informal care is really needed when it is more than the usual help within a household and cannot be arranged otherwise.
question-vrijwilligerswerk = Do you do volunteer work?
    .help = Volunteer work is unpaid work for a club, association or organisation, or for people in your neighbourhood.
question-vrijwilligerswerk-uren = How much volunteer work do you do?
    .hint = An estimate is good enough.
question-respijtzorg = As a volunteer, do you take over care from an informal carer?
    .help = In respite care you take over the care from an informal carer for a while, so they can rest.
question-uitkering-duur = How long have you had a benefit?
    .hint = Fill in the number of months. A year is 12 months.
question-re-integratie = Are you in a reintegration trajectory?
    .help = A reintegration trajectory helps you towards paid work. For example a course, a place to practise work, or help with applying for jobs. You do it together with the municipality.
question-sociale-activering = Do you take part in social activation?
    .help = Social activation helps you take part in society again, when paid work is still far away.
question-groepstraining = Do you follow a group training?
    .hint = For example the Toekomstatelier in the Liemers.
question-wmo = Does the municipality give you help from a support worker?
    .help = A support worker helps you, for example, to organise your day, alone or in a group. The municipality arranges this under the Wmo, the Social Support Act.
question-werk = Do you have paid work besides your benefit?
question-werk-uren = How many hours a week do you work?
question-participatieladder = Which step of the participation ladder are you on?
    .hint = Your caseworker knows this.
    .help = The participation ladder shows how far you are from paid work. Steps 1 to 4: paid work is still far away. Steps 5 and 6: you can do paid work within a year. A step is also called a trede.
question-doelgroep = Which group has the municipality placed you in?
    .hint = Your caseworker knows this.
question-beperking = Do you have a limitation?
    .hint = Because of your health or a disability you cannot do some things, or not as well.
question-niet-in-staat = Does your situation permanently keep you from doing a tegenprestatie?
    .hint = For example because of your health or your situation at home.
question-dringende-redenen = Are there urgent reasons why you cannot do a tegenprestatie now?
    .hint = For example heavy care for a family member that has just started.
    .help = For urgent reasons the municipality can exempt you for a while. This is in article 9, paragraph 2 of the Participatiewet.

field-gemeente = Municipality
field-gives-care = Informal care
field-volunteers = Volunteer work
field-has-part-time-work = Paid work
field-date = Date of the check
field-birth-date = Date of birth
field-age = Age in years
field-reached-pension-age = Reached the AOW age
field-benefit = Benefit
field-fully-permanently-incapacitated = Fully and permanently unable to work
field-single-parent-exemption = Single parent with an exemption
field-caregiving-hours-per-week = Hours of informal care a week
field-caregiving-months = For how many months?
field-caregiving-necessary = Informal care really needed, says the municipality
field-volunteer-hours-per-week = Hours of volunteer work a week
field-volunteer-months = For how many months?
field-respite-care-volunteer = Taking over care from an informal carer
field-reintegration-trajectory = Reintegration trajectory
field-social-activation = Social activation
field-group-training = Group training
field-wmo-guidance = Help from a support worker via the municipality
field-part-time-work-hours-per-week = Hours of paid work a week
field-participation-ladder-step = Step on the participation ladder
field-has-disability = Limitation
field-permanently-unable = Permanently unable to do a tegenprestatie
field-urgent-reasons = Urgent reasons
field-months-on-benefit = Months on a benefit
field-target-group = Group

option-yes = Yes
option-no = No
option-unknown = I don't know
option-benefit-participatiewet = Social assistance (Participatiewet)
option-benefit-ioaw = IOAW
option-benefit-ioaz = IOAZ
option-benefit-special-assistance-only = Only special assistance (bijzondere bijstand)
option-benefit-none = No benefit
option-participation-ladder-step-1 = Step 1: you are mostly at home and see few people
option-participation-ladder-step-2 = Step 2: you have contact with people outside your home
option-participation-ladder-step-3 = Step 3: you take part in activities, such as a course or club
option-participation-ladder-step-4 = Step 4: you do unpaid work, such as volunteering
option-participation-ladder-step-5 = Step 5: you have paid work, with support
option-participation-ladder-step-6 = Step 6: you have paid work, without support
option-target-group-uitstromer = Uitstromer: you can soon start paid work
option-target-group-groeier = Groeier: you are growing towards work
option-target-group-blijver = Blijver: paid work is still far away

error-choose-municipality = Choose your municipality.
error-fill-in-age = Fill in your age.
error-fill-in-hours = Fill in the number of hours a week.
error-fill-in-months = Fill in the number of months.
error-choose-benefit = Choose which benefit you receive.
error-choose-answer = Choose an answer.
error-age-in-digits = Fill in your age in digits, such as 35.
error-fill-in-number = Fill in a number, such as 4 or 7.5.
error-whole-number = Fill in a whole number, without decimals.
error-age-range = Fill in an age from 0 to 130 years.
error-hours-range = Fill in a number of hours from 0 to 168. A week has 168 hours.
error-months-range = Fill in a number of months from 0 to 600.
error-unknown-municipality = We do not know this municipality. Choose one from the list.
error-unknown-option = Choose one of the answers.

topic-find-activity = Finding something yourself
topic-choice = You have a say
topic-what-counts = What counts as the tegenprestatie
topic-renewal = Extending and repeating
topic-non-compliance = If you do not take part
topic-objection = If you disagree with a decision
topic-other = Good to know

detail-full-text = We have the full text of the ordinance.
    .short = full text
detail-described = A 2016 study describes the rules of this ordinance. We do not have the full text.
    .short = described in a study
detail-summary = We only know a short summary of this ordinance, from a 2016 table. Details may be missing.
    .short = summary only
detail-statute = The law.
    .short = law
detail-not-known = This check does not have this municipality's rules. Only the law.
    .short = the law only


day-months-1 = January
day-months-2 = February
day-months-3 = March
day-months-4 = April
day-months-5 = May
day-months-6 = June
day-months-7 = July
day-months-8 = August
day-months-9 = September
day-months-10 = October
day-months-11 = November
day-months-12 = December
day-check-is-for = The check is for { $date }.
day-change-day = Change date
day-day-label = Date of the check
day-day-hint = Write the date as 31-12-2026. Choose another day if you want to know what applied then.
day-use-day = Use this date
day-back-to-today = Back to today
day-cancel = Cancel
day-day-invalid = This is not a date. Write the date as 31-12-2026.
day-law-changed-title = New rules from 2027
day-law-changed-unknown = This check does not know the new rules yet. So it cannot tell you what applies to you on { $date }.
day-what-to-do = What can you do?
day-law-changed-steps-1 = Ask your klantmanager (caseworker) what the new rules mean for you.
day-law-changed-steps-2 = Check on lokaleregelgeving.overheid.nl whether your municipality has new rules. Search for "participatie" and the name of your municipality.
day-law-text-link = The Participatiewet from 1 January 2027 (wetten.overheid.nl, in Dutch)
day-see-past-rules = See the rules as they were on { $date }
day-see-past-rules-hint = For example if you got a decision in 2026 and want to know which rules applied then.
day-past-rules-banner = You are looking at old rules, as they were on { $date }. New rules have applied since 1 January 2027.
day-past-rules-objection = Does your tegenprestatie from 2026 continue into 2027? Or are you objecting (bezwaar) to a decision from 2026? Then the transitional law (overgangsrecht) may decide which rules apply. Those are the rules for the move to the new law. This check does not know the overgangsrecht. Ask your klantmanager.
day-tolerance = In 2026 the ministry accepts that municipalities already work with the new rules for maatschappelijke participatie (social participation), but by law your municipality's ordinance (verordening) still applies in 2026: ask your klantmanager which rules your municipality works with.
day-tolerance-source = Source: gemeente.nu on the introduction of the Participatiewet in balans (in Dutch)
day-merged-ended = { $name } has been part of { $into } since { $on }. The rules of { $name } held for at most 2 more years: up to and including { $until } at the latest. So they do not apply on { $date }.
day-check-successor = Do the check for { $into }
day-successor-unknown = This check does not have the rules of { $into }. Ask your klantmanager which rules apply.
day-merged-within = { $name } has been part of { $into } since { $on }. This outcome comes from the old rules of { $name }. They hold up to and including { $until } at the latest. { $into } may have ended or replaced them earlier. Ask your klantmanager which rules apply.
day-ordinance-ended = The rules of { $name } from { $year } held up to and including { $to } at the latest. Then they were replaced. So they do not apply on { $date }.
day-replaced-by = From { $from } new rules applied: the { $title }.
day-replaced-by-link = Read those rules on lokaleregelgeving.overheid.nl (in Dutch)
day-now-part-of = Since { $on }, { $name } has been part of { $into }. This check does not have the rules of { $into }. Ask your klantmanager which rules apply.
day-until = { " " }up to and including { $date }
day-ended-title = These rules no longer apply
day-other-day = Choose another date
day-choose-municipality = Choose another municipality
day-after-change-mark = from 1 January 2027: new law; this check does not know the transitional law (overgangsrecht)


no-ordinance-decides-title = What your municipality's rules decide
no-ordinance-decides-1 = Whether the municipality asks anyone to do a tegenprestatie. Some municipalities only ask, and do not make it compulsory.
no-ordinance-decides-2 = How many hours a week, and for how long.
no-ordinance-decides-3 = Who does not have to do a tegenprestatie. This may be people who give informal care (mantelzorg), do volunteer work, are working on getting back to work, or have a part-time job.
no-ordinance-decides-4 = Whether work you already do may count as the tegenprestatie.
no-ordinance-holds-title = What the law and the courts say
no-ordinance-holds-law = The work is unpaid and useful to society. It fits what you can do. It is extra work: it may not replace paid work.
no-ordinance-holds-memorandum = According to the explanation of the law, the work is usually limited: not too many hours and not for too long. You may have a say in the kind of work. But the municipality decides.
no-ordinance-memorandum-source = Explanatory memorandum to the Participatiewet, as the thesis (2016, § 3.1.2) describes it
no-ordinance-holds-objection = Do you get a decision about the tegenprestatie and disagree with it? Then you can object (bezwaar), within six weeks. They start the day after the municipality sent or handed you the decision.
no-ordinance-holds-non-compliance = If you do not do a tegenprestatie the municipality assigns you, the municipality can lower your benefit for a while.
no-ordinance-holds-court = A district court found in 2013 (under the former social assistance act): 32 hours a week is too much in any case. It is then no longer limited work. This is one ruling, not a rule in the law.
no-ordinance-source = Source
no-ordinance-find-title = How to find your municipality's rules
no-ordinance-find-steps-1 = Go to the website with all the rules of municipalities (lokaleregelgeving.overheid.nl, in Dutch).
no-ordinance-find-steps-2 = Search for ‘tegenprestatie’ and ‘{ $name }’. Check that the rules apply now: the page shows the date they start.
no-ordinance-register-link = Go to lokaleregelgeving.overheid.nl
no-ordinance-ask-title = Ask your caseworker (klantmanager)
no-ordinance-ask-1 = Does the municipality ask me to do a tegenprestatie? How many hours a week, and for how long?
no-ordinance-ask-2 = Does what I already do count, such as informal care or volunteer work?
no-ordinance-ask-3 = Can I have a say in what kind of work I will do?


ord-c0d6178a = At least 8 hours a week, 6 months a year.

ord-011b6d0e = You take part in a reintegration trajectory. According to the summary, you then do not have to do a tegenprestatie.

ord-99e04dd0 = You do at least 8 hours a week of volunteer work. According to the summary, you then do not have to do a tegenprestatie.

ord-d04be0ef = You do at least 8 hours a week of informal care. According to the summary, you then do not have to do a tegenprestatie.

ord-3f1331f6 = 4 to 12 hours a week, 3 months a year.

ord-c939e913 = You take part in a reintegration trajectory. The summary calls this case by case: the municipality decides person by person.

ord-ba0d357b = Whether this is a reason not to assign you a tegenprestatie. The summary says: case by case.

ord-0efcc1f9 = Does the municipality see your situation as a reason not to ask a tegenprestatie?

ord-9c62f33f = You have a part-time job. The summary calls this case by case: the municipality decides person by person.

ord-f1cd7537 = You do volunteer work. The summary calls this case by case: the municipality decides person by person.

ord-8ce87d33 = You give informal care. The summary calls this case by case: the municipality decides person by person.

ord-a57d7742 = 2 to 10 hours a week, 3 to 5 months a year.

ord-14d9a62c = At least 12 hours a week, at least 3 months per calendar year. The municipality fits it to what you can do.

ord-c8d879e1 = Because of incapacity you are fully exempt from work and reintegration duties. Then Hilversum does not ask a tegenprestatie.

ord-01e69a80 = You are a single parent with an exemption. Then Hilversum does not ask a tegenprestatie.

ord-ba005e4f = You only receive special assistance. Then Hilversum does not ask a tegenprestatie.

ord-3925a3aa = If you do enough volunteer work or informal care, Hilversum does not ask a tegenprestatie.

ord-ce2b5e9a = Whether your volunteer work or informal care is substantial enough. The ordinance names no number of hours: 'of a certain size'.

ord-79b876af = Does the municipality find you do enough volunteer work or informal care?

ord-80aabca8 = For a reintegration trajectory the municipality decides person by person.

ord-08caed69 = Whether your reintegration trajectory is a reason not to ask a tegenprestatie. This is decided case by case.

ord-d4a439b8 = Does the municipality see your reintegration trajectory as a reason not to ask a tegenprestatie?

ord-2b660161 = For a part-time job the municipality decides person by person.

ord-3f2cb3b2 = Whether your part-time job is a reason not to ask a tegenprestatie. This is decided case by case.

ord-df452d3d = Does the municipality see your part-time job as a reason not to ask a tegenprestatie?

ord-df83a198 = In practice Hilversum hardly uses the word 'tegenprestatie'. It only comes up when someone does not want to become active voluntarily. The caseworker decides how long you have to find something.

ord-12b9c79b = In practice it is mostly about volunteer work, while the ordinance names volunteer work as a reason not to ask a tegenprestatie.

ord-0aa75401 = Part of Midden-Groningen since 2018.

ord-11a7981a = 4 to 16 hours a week, for at least 3 months.

ord-4334aa04 = Here the tegenprestatie is only for people who cannot work towards a job straight away.

ord-acf3f553 = Whether you can take steps towards work right after your benefit starts. If you can, the municipality gives you no tegenprestatie. If you cannot, now or for a while, it does.

ord-d04874a8 = Does the municipality find you can take steps towards work right away?

ord-30276644 = You do at least 4 hours a week of volunteer work: as much as the smallest tegenprestatie. If the work is like a tegenprestatie, you do not have to do one. You must be able to show it.

ord-fd14ca1e = Whether your volunteer work is like a tegenprestatie: unpaid, useful to others and not replacing paid work. You must be able to show it. The municipality assesses this.

ord-ebe7fa90 = Does the municipality find your volunteer work is like a tegenprestatie?

ord-df20ae37 = You give informal care that is needed. Then the municipality asks no tegenprestatie.

ord-72618890 = Whether your informal care is really needed.

ord-9905967e = Does the municipality find your informal care really needed?

ord-8c729f21 = Your personal situation permanently keeps you from doing a tegenprestatie. Then the municipality does not ask one.

ord-647308d3 = If you temporarily cannot do a tegenprestatie, the municipality agrees with you when you will do it.

ord-0847a9ba = In practice very few people do a tegenprestatie here. You usually get 20 days to find something, sometimes longer. What happens is informal care or volunteer work, and that then counts as the tegenprestatie.

ord-63a57598 = Part of Haarlemmermeer since 2019.

ord-9bef3261 = You are guided towards work in a reintegration trajectory. Then you do not have to do a tegenprestatie.

ord-8220484c = If your volunteer work or informal care contributes to society, the municipality asks no tegenprestatie.

ord-46026acd = Whether your volunteer work or informal care contributes enough to society.

ord-602d5284 = Does the municipality find your volunteer work or informal care useful enough to society?

ord-65200929 = In practice the department refers you to a volunteer centre. Volunteer work and informal care then count as doing the tegenprestatie, rather than as an exemption.

ord-e76f3597 = In practice Menterwolde refers people to a volunteer centre. You get about 4 weeks to find something. All activities are volunteer work, while the ordinance names volunteer work as a reason not to ask a tegenprestatie.

ord-f77cb8a1 = At most 24 hours a week and at most 6 months. One extension is possible, by at most 6 months.

ord-6efaba04 = The municipality can extend the tegenprestatie once, by at most 6 months.

ord-0e29188f = You are on step 1 to 4 of the participation ladder, so you are far from paid work. Then the municipality can assign you a tegenprestatie.

ord-6bb4beed = You are on step 5 or 6. You can then focus on paid work.

ord-e15bb182 = Whether there are special circumstances. You are close to paid work, so in principle you get no tegenprestatie. Only in special cases you do, for example if you do nothing towards work now or soon.

ord-be8fc6e6 = Does the municipality see a special reason to give you a tegenprestatie anyway?

ord-802527df = In Oldenzaal the tegenprestatie depends on how far you are from paid work. We do not know that.

ord-1109ed70 = How far you are from paid work. Can you work within a year? Then in principle you get no tegenprestatie. Otherwise the municipality can assign one.

ord-a00af480 = Does the municipality find you cannot work within a year?

ord-7e972dc2 = Whether your informal care is really needed. It must be more than the usual help within a household.

ord-d4dee59b = The municipality must take your volunteer work or informal care into account.

ord-ae100a99 = Whether your volunteer work or informal care counts as the tegenprestatie, or lowers the hours you must do. The municipality looks at how long and how much you do it.

ord-8669a918 = Does the municipality count your volunteer work or informal care as the tegenprestatie?

ord-69eb3388 = First look for a suitable tegenprestatie yourself. If you do not, the municipality chooses the work.

ord-22488bc4 = If no suitable work is available, you get no tegenprestatie. The municipality looks again within 6 months.

ord-670cd827 = If you refuse the tegenprestatie, the municipality decides case by case how much and for how long your benefit is lowered, under its ordinance on sanctions.

ord-ff03b5c2 = No tegenprestatie because no suitable work is available? Then the municipality looks again by this day whether there is work.

ord-5f89dc5c = 4 to 8 hours a week, for 2 to 6 consecutive months, at least once a year.

ord-23c4ae52 = The municipality assigns a tegenprestatie at least once per calendar year. More than 8 hours a week only if both you and the municipality agree.

ord-66613b78 = You do at least 4 hours a week of volunteer work. Then you do not have to do a tegenprestatie.

ord-05a7741a = You take part in organised activities of a reintegration trajectory. Then you do not have to do a tegenprestatie.

ord-efb94cdd = You give informal care: at least 8 hours a week, or for longer than 3 months. Then you do not have to do a tegenprestatie.

ord-1e2beed2 = You work at least 20 hours a week in a part-time job. Then you do not have to do a tegenprestatie.

ord-7beb18a3 = You are a single parent exempt from work to care for a child under 5. Then you do not have to do a tegenprestatie.

ord-ea1ac3a0 = You are permanently unable to work. Then you do not have to do a tegenprestatie.

ord-d46057dd = Examples from practice in Overbetuwe: keeping a neighbour's garden, shopping for an older person, keeping someone company.

ord-fde19779 = In Overbetuwe practice matches the ordinance: volunteer work exempts you. In practice you get a form and a reply is expected within 2 weeks.

ord-3f9d2dff = the Participatiewet in balans (Participation Act in balance)

ord-70eb5947 = From 1 January 2027 the law replaces the tegenprestatie with maatschappelijke participatie (social participation).

ord-c343a7ea = The tegenprestatie only applies from the age of 18. You are younger than 18.

ord-3e007443 = The tegenprestatie ends when you reach the state pension (AOW) age.

ord-bcbd2b92 = The duty starts on the day you report to apply for a benefit. You receive no benefit, so the duty does not apply to you. Have you applied for a benefit? Then the duty applies from the day you reported.

ord-432b7e57 = You only receive special assistance. Ask the municipality whether the tegenprestatie applies to you.

ord-751a6598 = Whether the tegenprestatie applies if you only receive special assistance (bijzondere bijstand). The law makes no exception for special assistance, but it does not clearly say that the duty applies either. Ask your municipality.

ord-37f958e8 = Does the municipality find that the duty does not apply if you only receive special assistance?

ord-d4f7352d = With a benefit you must do unpaid, useful work when the municipality asks. This is the tegenprestatie. The work fits what you can do. It may not replace a paid job.

ord-21369307 = The same duty applies to an IOAW or IOAZ benefit as to social assistance.

ord-2199aa1c = You are fully and permanently unable to work. Then the tegenprestatie does not apply to you. The law says so.

ord-6762a44b = You are fully and permanently unable to work and receive an IOAW or IOAZ benefit. The municipality decides whether you are exempt.

ord-f01ec180 = Whether you are exempt with an IOAW or IOAZ benefit because you are fully and permanently unable to work. The law settles this only for social assistance. For urgent reasons the municipality can exempt you for a while. And it must fit the tegenprestatie to what you can do.

ord-0cb8212f = Does the municipality exempt you because you can never work?

ord-930fbd32 = You are a single parent with an exemption because you care for a child under 5. Then the tegenprestatie does not apply to you. The law says so.

ord-dcc3941a = For urgent reasons the municipality can exempt you for a while. It decides this person by person.

ord-46a30b06 = Whether your urgent reasons, such as care tasks, are enough for a temporary exemption. The municipality looks at your situation.

ord-07a4253a = Does the municipality find your reasons urgent enough to exempt you for a while?

ord-6822ac31 = You say that your situation permanently keeps you from doing a tegenprestatie. The law gives no exemption for that, but the municipality must take into account what you can do.

ord-96fb1c86 = What you are still able to do. The municipality must fit the tegenprestatie to what you can do: fewer hours, other work, or no assignment at all.

ord-8209d902 = Does the municipality find that you can still do a tegenprestatie?

ord-5c4c4aaf = You may say what kind of work you would like to do. The municipality must weigh that, but decides itself.

ord-68ed0f30 = The municipality must describe clearly what work you have to do. 32 hours a week or more is too much for a tegenprestatie.

ord-9d68d2f7 = If you do not do the tegenprestatie, the municipality can lower your benefit for a while.

ord-bbe49113 = Do you disagree with the municipality's decision? Then you can object (bezwaar), and after that go to court.

ord-fa058ce2 = The AOW age differs by year. Up to 2025 the law itself sets it. For the years after, the minister announces the AOW age five years ahead. We use the AOW age for the date of the check.

ord-a92f4df5 = After municipalities merge, the old municipality's rules apply for at most two more years, and only in the old municipality's area. The new municipality can end them earlier or replace them with its own rules.

ord-d4e26532 = On average 4 hours a week. In total 52 to 208 hours a year.

ord-7abc76c2 = You do at least 20 hours a week of paid work. According to the summary, you then do not have to do a tegenprestatie.

ord-20f7f2b4 = You do at least 4 hours a week of volunteer work. According to the summary, you then do not have to do a tegenprestatie.

ord-818c7a23 = You do at least 4 hours a week of informal care. According to the summary, you then do not have to do a tegenprestatie.

ord-be796a04 = At most 20 hours a week, fewer if you cannot do more. The tegenprestatie has no end date.

ord-8ad24553 = After at least 6 months the municipality can choose a different tegenprestatie with you, aimed at your personal development.

ord-5d3644cb = In Rotterdam volunteer work and informal care count as the tegenprestatie. Together you do 20 hours a week or more, so you already do the tegenprestatie.

ord-ea7979e2 = Your volunteer work or informal care counts as the tegenprestatie. You do fewer than 20 hours a week.

ord-da3ac9bc = Whether your hours of volunteer work or informal care are enough. The norm is 20 hours a week, or fewer if you cannot do more.

ord-bd75ebad = Does the municipality find your hours of volunteer work or informal care enough?

ord-143a3e07 = The municipality can exempt you if your situation gives reason to.

ord-f35dd142 = Whether your situation is a reason for an exemption.

ord-4efc132f = Even if you take part in a reintegration trajectory, the municipality can assign you a tegenprestatie.

ord-0b5af334 = You choose how to do the tegenprestatie yourself. The municipality helps when needed. If you do not make a proposal in time, the municipality can impose a sanction.

ord-de11ab3c = These count as the tegenprestatie: volunteer work, informal care, other useful work, a language or exercise course, and working on personal problems so that you can do one of the others later.

ord-7e1d2132 = In practice Rotterdam expects you to find something within two months. If that fails, the municipality helps with suggestions.

ord-a39c2054 = In practice the municipality often starts with fewer than 20 hours. 'According to ability' weighs heavily.

ord-4b82d0a7 = In practice Rotterdam mainly asks the tegenprestatie of people who are not offered a reintegration trajectory.

ord-2806f070 = From this day the municipality and the client can choose a different tegenprestatie, aimed at personal development.

ord-092b24b6 = Part of Zevenaar since 2018.

ord-2d4a6ff8 = At least 2 hours a week, at least 3 months a year.

ord-da2580f0 = You have a limitation. Then you do as much as you can. There is no minimum number of hours.

ord-b696362b = You work part-time. Then you do not have to do a tegenprestatie.

ord-7e6fdf6d = You take part in social activation. Then you do not have to do a tegenprestatie.

ord-19d1be4a = You take part in a reintegration trajectory. Then you do not have to do a tegenprestatie.

ord-5d5e1606 = You take part in the Toekomstatelier or another group training. Then you do not have to do a tegenprestatie.

ord-472c885b = You give at least 8 hours a week of informal care, for at least 3 months. Then you do not have to do a tegenprestatie.

ord-2c145655 = You do at least 2 hours a week of volunteer work, for at least 3 months a year. Then you do not have to do a tegenprestatie.

ord-b078cc3b = You have a limitation and already do unpaid volunteer work. If that matches what you are able to do, it already is your tegenprestatie.

ord-c9d6d857 = Whether the work you already do matches what you are able to do. If so, it counts as the tegenprestatie. The municipality assesses this.

ord-2a201dab = Does the municipality find your volunteer work matches what you can do?

ord-327f15cb = In practice volunteer work is the tegenprestatie here. The service mainly checks that you do something: one and a half hours a week is accepted too.

ord-daa62d41 = In practice you got about 8 weeks to find something yourself after the service's letter.

ord-eb0c515d = 2 to 8 hours a week, for 3 to 6 months.

ord-b68498b1 = If you cannot meet the minimum, the municipality can ask less: fewer hours or fewer months.

ord-d881dffb = You are an 'uitstromer': you are working towards paid work. Then you get no tegenprestatie.

ord-313b09a6 = You use a reintegration facility. Then you focus on paid work and get no tegenprestatie.

ord-63eac5e7 = You are a 'groeier' or 'blijver' and you follow no reintegration. Then the municipality can assign you a tegenprestatie.

ord-febe03e4 = In Schagen the tegenprestatie depends on your group. 'Uitstromers' get none.

ord-0000805b = Which group you belong to: uitstromer, groeier or blijver. The municipality places you.

ord-84e974d2 = Does the municipality place you among the 'groeiers' or 'blijvers'?

ord-518e64e1 = You volunteer in respite care: you take over from an informal carer for a while. Then you get no tegenprestatie.

ord-10022822 = What you do for society on your own initiative, such as volunteer work, counts as the tegenprestatie. You do at least 2 hours a week: the minimum.

ord-cf87a0e5 = Your volunteer work counts as the tegenprestatie, but you do less than the minimum of 2 hours a week.

ord-2404c893 = Whether fewer than 2 hours a week is enough. It can be, if you cannot meet the minimum.

ord-a6b37173 = Does the municipality find fewer than 2 hours a week enough for you?

ord-4f891104 = You have a part-time job. According to the summary table, you then do not have to do a tegenprestatie.

ord-0ed30a1f = Whether your part-time job exempts you. The summary table says yes, but the description of the ordinance does not mention part-time work. Ask the municipality.

ord-847e8cd7 = In practice the tegenprestatie in Schagen can last longer than 6 months if you want to continue. The municipality then looks for another place. The size is at most two half-days a week.

ord-2932fa1d = 8 to 16 hours a week, 6 months a year.

ord-cd6ac6aa = You do volunteer work. According to the summary, you then do not have to do a tegenprestatie.

ord-eaed952e = You give informal care. According to the summary, you then do not have to do a tegenprestatie.

ord-ff15376e = 8 to 16 hours a week, twice 6 weeks a year.

ord-1cbc5791 = Part of Amsterdam since 2022.

ord-0edafa56 = Those rules say: the municipality may count unpaid work that you already do and that is useful to society as the tegenprestatie. And it may ask the tegenprestatie of people who have no prospect of work now and get no help towards work. The text says 'ask', not 'order'. Those rules also apply back to 1 January 2020. This check knows only this part of those rules. It does not know how many hours or for how long.

ord-8ab53edf = At least 8 hours a week, at least 6 months a year. What you must do fits what you can do.

ord-ab543c48 = You give at least 8 hours a week of informal care. Then you do not have to do a tegenprestatie.

ord-906e54f4 = You do at least 8 hours a week of volunteer work. Then you do not have to do a tegenprestatie.

ord-24f60ef1 = You receive individual or group guidance under the Wmo. Then you do not have to do a tegenprestatie.

ord-ae7bba58 = The municipality expects you to come up with proposals yourself. You get help when needed.

ord-e542c13a = These count as the tegenprestatie: work that is useful to society, a language or exercise course, an activation programme, or working on personal problems for at least 8 hours a week.

ord-c97a6ae1 = In practice the municipality does not always ask 8 hours a week. Doing 4 hours seriously can be fine too, although the ordinance says 8.

ord-13fe6b4f = In practice volunteer work often counts as doing the tegenprestatie, rather than as an exemption.

ord-214c3e85 = 8 to 16 hours a week for 6 months. Then 3 months of rest, and then again as long as you receive a benefit.

ord-f2fc387c = If you still receive a benefit afterwards, you get a new tegenprestatie 3 months after the end. The municipality can also ask for a one-off activity.

ord-77699b59 = You do at least 8 hours a week of volunteer work, started within 6 months after your benefit began. If the work is like a tegenprestatie, you do not have to do one. You must be able to show it.

ord-debd2906 = Volunteer work exempts you if you started it within 6 months after your benefit began.

ord-3024a6ad = Whether you started the volunteer work within 6 months after your benefit began, and whether the work is like a tegenprestatie. Fill in how long you have had a benefit, and we can tell the first.

ord-9fd20662 = Did your volunteer work start in time, and is it like a tegenprestatie?

ord-c354f160 = In practice volunteer work counts as doing the tegenprestatie. One-off activities do not happen: people get a steady place at an organisation.

ord-1f235827 = In practice many people simply continue after 6 months, without the 3 months of rest.

ord-87eb6e00 = Still on benefit? Then the municipality assigns a new tegenprestatie on this day.


language-name = English
language-dir = ltr
language-plural = en
language-review = Translated from the Dutch by the project; not yet reviewed by a native speaker.
language-dutch-leads = This is a translation. The Dutch text is leading: if they differ, the Dutch text counts.

## end of language pack
