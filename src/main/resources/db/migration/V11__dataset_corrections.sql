-- Dataset corrections from a sentence-by-sentence reading of the five articles (src N = SOURCE id N, as in V4).
-- A new migration rather than edits to V4: databases already deployed have run V4, and Flyway refuses to start
-- when an applied migration's checksum changes. docs/data.md lists every value below that no sentence states.
-- V4's header lists the disagreements as first read; of those, 2 and 11's case-only variants (Character.ai /
-- Character.AI, LLaMA / LLaMa / Llama, Llama 3 / LLaMA 3) are one name, and 7 is no disagreement: Musk owns X
-- (src 1), holds shares in it (src 2) and is its "boss" (src 4, a CHIEF role below).

-- What a record holds that no sentence of its sources states, and how it was worked out (a relative date resolved
-- against the article's inferred date, a bound computed from "less than one-third"). NULL: every value it holds is
-- stated by the sentences its citations quote.
ALTER TABLE fact ADD COLUMN inferred VARCHAR(1000);
-- How the source qualifies VALUATION_BEFORE, like QUALIFIER for AMOUNT (AT_LEAST for "less than one-third of its
-- value"); NULL when no valuation is given.
ALTER TABLE investment ADD COLUMN valuation_before_qualifier VARCHAR(20);

-- ===== Values no sentence supports
-- Threads' 100 million sign-ups: src 1 gives no region.
UPDATE user_metric SET region = NULL WHERE id = 4000;
-- Role 3002: "Twitter boss" (src 4) is a head's title, not ownership: it becomes its own CHIEF role 3015; the
-- OWNER role keeps src 1's "both are owners of companies operating SNS platforms ... such as X".
UPDATE role SET title = 'owner' WHERE id = 3002;
INSERT INTO fact (id, fact_type) VALUES (3015, 'ROLE');
INSERT INTO role (id, person_id, organization_id, role_kind, title, start_on, start_precision, former) VALUES
    (3015, 1000, 1104, 'CHIEF', 'Twitter boss', NULL, NULL, FALSE);
UPDATE citation SET fact_id = 3015 WHERE id = 117;
-- Meta's paid verification: src 4 says only "recently"; no article places it in a round.
UPDATE event SET round_id = NULL WHERE id = 7004;
-- MistralAI's country: only the nickname 'French OpenAI' (src 1) suggests France.
UPDATE organization SET country = NULL WHERE id = 1110;
-- Lex Fridman: src 4 says only "the recent podcast with Lex Fridman", not whose podcast it is.
UPDATE actor SET description = 'Zuckerberg spoke in a podcast with him.' WHERE id = 1009;

-- ===== Dates the articles give
UPDATE claim SET stated_on = DATE '2023-07-01', stated_precision = 'MONTH' WHERE id IN (8000, 8001, 8002, 8003);
UPDATE investment SET occurred_on = DATE '2024-06-01', occurred_precision = 'MONTH', period_end = DATE '2025-05-31'
    WHERE id = 5005;
-- A period known to the year ends on the last day of its year, as V4's MONTH periods end on the last day of theirs.
UPDATE rivalry_round SET period_end = DATE '2025-12-31',
       description = 'From Musk''s repeated legal actions since 2023 over OpenAI''s commercialization, through his February 2025 $97.4 billion offer, to OpenAI''s lawsuit against him on 2025-04-09. The start is known only to the year, so the period is given to the year: 2023 to 2025.'
    WHERE id = 6012;

-- ===== Facts the articles state that were missing
INSERT INTO fact (id, fact_type) VALUES
    (4006, 'USER_METRIC'),
    (4007, 'USER_METRIC'),
    (4008, 'USER_METRIC'),
    (8102, 'CLAIM'),
    (8103, 'CLAIM');
INSERT INTO user_metric (id, product_id, metric_kind, amount, qualifier, region, period_start, period_end, period_precision, measured_by_id, note) VALUES
    (4006, 2000, 'USERS', 100000000, 'AT_LEAST', 'worldwide', NULL, NULL, NULL, NULL, 'Used by ''hundreds of millions worldwide''; no period given.'),
    (4007, 2003, 'USERS', 100000000, 'AT_LEAST', 'worldwide', NULL, NULL, NULL, NULL, 'Used by ''hundreds of millions worldwide''; no period given.'),
    (4008, 2002, 'USERS', 100000000, 'AT_LEAST', 'worldwide', NULL, NULL, NULL, NULL, 'Used by ''hundreds of millions worldwide''; no period given.');
-- "$97.4 billion ... less than one-third of OpenAI's assessed company value": the value exceeds 3 x $97.4 billion.
UPDATE investment SET valuation_before = 292200000000, valuation_before_qualifier = 'AT_LEAST' WHERE id = 5007;
INSERT INTO claim (id, claim_kind, content, speaker_id, stated_on, stated_precision, context, round_id) VALUES
    (8102, 'PREDICTION', 'It remains to be seen how Meta will leverage Threads'' data besides selling it to advertisers.', NULL, NULL, NULL, NULL, NULL),
    (8103, 'PREDICTION', 'Only time will tell whether Meta will restrict data scraping.', NULL, NULL, NULL, NULL, NULL);
INSERT INTO claim_subject (claim_id, subject_id) VALUES
    (8102, 1101),
    (8102, 2001),
    (8103, 1101);
INSERT INTO citation (id, fact_id, source_id, excerpt, credited, credited_org_id) VALUES
    (902, 4006, 1, 'both are owners of companies operating SNS platforms used by hundreds of millions worldwide, such as X, Facebook, and Instagram', NULL, NULL),
    (903, 4007, 1, 'both are owners of companies operating SNS platforms used by hundreds of millions worldwide, such as X, Facebook, and Instagram', NULL, NULL),
    (904, 4008, 1, 'both are owners of companies operating SNS platforms used by hundreds of millions worldwide, such as X, Facebook, and Instagram', NULL, NULL),
    (905, 8102, 4, 'IT would be very interesting to see how Meta leverages Threads’s data besides selling it to the advertisers.', NULL, NULL),
    (906, 8103, 4, 'Only time will tell if Meta will restrict data scraping.', NULL, NULL);

-- ===== Excerpts that name the speaker, and that say all the claim's text says
UPDATE citation SET excerpt = 'Musk disparaged it on his Twitter account, saying, "Threads is just Instagram without photos (operated by Meta)" and accused Zuckerberg of turning Instagram users into Threads subscribers.' WHERE id = 203;
UPDATE citation SET excerpt = 'Undeterred, Zuckerberg fired back, saying, "The reason Twitter did not succeed as expected was due to a lack of familiarity and kindness," adding, "I will not operate Threads like Twitter."' WHERE id = 205;
UPDATE citation SET excerpt = 'However, the initial hype around Threads did not last long. It was insufficient to surpass the dominance of X (formerly Twitter), which had been built up since the Twitter days.' WHERE id = 208;
UPDATE citation SET excerpt = 'Zuckerberg introduced MetaAI by saying, "Meta AI can answer user questions, create animations, and generate images," and added, "We believe MetaAI is the most intelligent AI assistant freely available."' WHERE id = 212;
UPDATE citation SET excerpt = 'The significant stake OpenAI holds is a major reason why these two companies are focusing so much on AI chatbots and startup investments. Having witnessed the influence of ChatGPT, which led the AI boom, in real time, Musk and Zuckerberg inevitably felt a sense of urgency.' WHERE id = 216;
UPDATE citation SET excerpt = 'Additionally, both are owners of companies operating SNS platforms used by hundreds of millions worldwide, such as X, Facebook, and Instagram. From the perspective of smoothly sourcing the massive amounts of data required for training generative AI models through SNS, AI chatbots represent an unmissable business opportunity.' WHERE id = 217;
UPDATE citation SET excerpt = 'Microsoft (MS), recognizing OpenAI''s potential, took the lead by investing hundreds of trillions of won, becoming a major funder and igniting AI chatbot investment and development across the industry.' WHERE id = 219;
UPDATE citation SET excerpt = 'According to The New York Times (NYT), Sam Schillace, MS''s Chief Technology Officer, urged employees to focus on AI technology development, saying, "Speed is more important than ever."' WHERE id = 220;
UPDATE citation SET excerpt = 'Wedbush analyst Dan Ives stated, "Big tech has started to flex its muscles," and added, "If 2023 was the exploratory phase, 2024 will be the golden age of AI."' WHERE id = 222;
UPDATE citation SET excerpt = 'Microsoft’s (MS) and OpenAI’s $13 billion collaboration was investigated by U.S. and European competition authorities over whether it was a merger or acquisition, despite both parties’ denials.' WHERE id IN (226, 227);
UPDATE citation SET excerpt = 'Character. AI is a company founded in 2021 by Noam Sherzier, a former researcher at Google Brain, Google’s deep learning AI research team. It is an AI chatbot service that uses large language models (LLM) to provide conversations with various people and is gaining popularity among young Americans.' WHERE id = 228;
UPDATE citation SET excerpt = 'Google DeepMind chief Demis Hassabis, recently claimed that the company’s next LLM project is going to eclipse ChatGPT. This huge claim is about the project called Gemini.' WHERE id = 238;
UPDATE citation SET excerpt = 'Interestingly, DeepMind, with Google, has something that no one else has – YouTube. While Twitter is filled with textual data, YouTube is a gold mine for visual, audio, and textual data in almost every single language on Earth.' WHERE id = 240;
UPDATE citation SET excerpt = 'In recent times, tech giants have aspired to create their own generative AI chatbot similar to Open AI’s ChatGPT. As they say, data is gold, and for any company that aspires to create any form of chatbot, it needs data to train its LLM.' WHERE id = 241;
UPDATE citation SET excerpt = 'Zuckerberg has shifted his focus to generative AI. He said that Meta will bring LLM-powered AI agents to Messenger and WhatsApp first, but explore additional opportunities across its family of apps, consumer products and into the metaverse.' WHERE id = 245;
UPDATE citation SET excerpt = 'Musk has repeatedly taken legal actions since 2023, claiming that OpenAI is focusing on commercialization rather than sticking to its non-profit principles.' WHERE id = 249;
UPDATE claim SET content = 'The significant stake OpenAI holds is a major reason why these two companies focus so much on AI chatbots and startup investments; having witnessed ChatGPT''s influence, Musk and Zuckerberg felt a sense of urgency.' WHERE id = 8015;
INSERT INTO citation (id, fact_id, source_id, excerpt, credited, credited_org_id) VALUES
    (907, 8074, 5, 'While Meta and Musk oppose OpenAI''s transition, OpenAI defends its decision by emphasizing scalability and funding needs:', NULL, NULL),
    (908, 8076, 5, 'While Meta and Musk oppose OpenAI''s transition, OpenAI defends its decision by emphasizing scalability and funding needs:', NULL, NULL),
-- Partnerships 5500/5501: "focused on expanding research rather than acquisition; no agreement yet" (src 3).
    (909, 5500, 3, 'It is known that discussions on collaboration with Character.AI are focused on expanding research rather than acquisition.', NULL, NULL),
    (910, 5500, 3, 'However, it has been reported that discussions between the companies have not yet led to an agreement.', NULL, NULL),
    (911, 5501, 3, 'It is known that discussions on collaboration with Character.AI are focused on expanding research rather than acquisition.', NULL, NULL),
    (912, 5501, 3, 'However, it has been reported that discussions between the companies have not yet led to an agreement.', NULL, NULL),
-- Rounds cited by every article that reports them: src 4 (July 2023) reports round 1's post limit and Threads
-- launch; src 3 (May 2024) round 1's 'hyeonpi' fight and round 2's competition over Character.AI.
    (913, 6010, 4, 'Meta recently announced that it will be launching its Instagram Threads pretty soon. This comes just a few days after Musk announced a limit on the number of posts a user can read per day.', NULL, NULL),
    (914, 6010, 3, 'Mark Zuckerberg and Elon Musk, who have been engaged in a war of nerves, even sparking the ‘hyeonpi’ controversy', NULL, NULL),
    (915, 6011, 3, 'are now competing for collaboration with an AI chatbot company', NULL, NULL);

-- ===== Inferences: what no sentence states, and how it was worked out (listed in docs/data.md)
UPDATE fact SET inferred = 'Date: ''July last year'' in src 1, resolved against its inferred date (2024-05-31): July 2023.'
    WHERE id IN (1102, 3001, 7006);
UPDATE fact SET inferred = 'Kind: src 1 says 100 million ''subscribers'', a translation''s word for sign-ups. Period: ''within five days of its launch in July last year'', resolved against src 1''s inferred date (2024-05-31): July 2023.'
    WHERE id = 4000;
UPDATE fact SET inferred = 'Date: ''June last year'' in src 1, resolved against its inferred date (2024-05-31): June 2023.'
    WHERE id IN (7000, 7001, 7023);
UPDATE fact SET inferred = 'Period: ''June last year'' and ''over one year'' in src 1, resolved against its inferred date (2024-05-31): June 2023 to May 2024.'
    WHERE id = 5006;
UPDATE fact SET inferred = 'Period: ''over the next year'' in src 1, resolved against its inferred date (2024-05-31): June 2024 to May 2025.'
    WHERE id = 5005;
UPDATE fact SET inferred = 'Date: ''last month'' in src 1, resolved against its inferred date (2024-05-31): April 2024.'
    WHERE id IN (7014, 8010, 8011);
UPDATE fact SET inferred = 'Date: ''just four months after its founding'' (''July last year'' in src 1, inferred date 2024-05-31): November 2023.'
    WHERE id = 7011;
UPDATE fact SET inferred = 'Date: ''earlier this year'' in src 1, resolved against its inferred date (2024-05-31): 2024.'
    WHERE id = 7013;
UPDATE fact SET inferred = 'Period: ''in February'' in src 1, resolved against its inferred date (2024-05-31): February 2024.'
    WHERE id IN (4001, 4002);
UPDATE fact SET inferred = 'Date: ''In March'' in src 1, resolved against its inferred date (2024-05-31): March 2024.'
    WHERE id IN (4005, 7021, 7022);
UPDATE fact SET inferred = 'Date: ''Shortly after Threads'' launch'' in src 1; the launch was ''in July last year'' (inferred date 2024-05-31), and shortly after is taken as the same month: July 2023.'
    WHERE id IN (8000, 8001, 8002, 8003);
UPDATE fact SET inferred = 'Figure: ''used by hundreds of millions worldwide'' in src 1, stored as at least 100 million, the least it can mean.'
    WHERE id IN (4006, 4007, 4008);
UPDATE fact SET inferred = 'Date: ''in February'' in src 2, whose year is inferred (2025, the year of Musk''s bid): February 2025. Valuation: the offer of $97.4 billion ''was less than one-third of OpenAI''s assessed company value'', so the value is more than 3 x 97.4 billion = 292.2 billion dollars.'
    WHERE id = 5007;
UPDATE fact SET inferred = 'Date: ''in February'' in src 2, whose year is inferred (2025, the year of Musk''s bid): February 2025.'
    WHERE id = 7031;
UPDATE fact SET inferred = 'Date: ''on the 9th'' in src 2, resolved against its inferred date (April 2025): 2025-04-09.'
    WHERE id IN (7032, 8051, 8052);
UPDATE fact SET inferred = 'Date: ''on the 15th (local time)'' in src 2, resolved against its inferred date (April 2025): 2025-04-15.'
    WHERE id = 7034;
UPDATE fact SET inferred = 'Date: ''on the 25th'' in src 3, resolved against its inferred date (May 2024): 2024-05-25.'
    WHERE id = 7017;
UPDATE fact SET inferred = 'Date: ''In September of last year'' in src 3, resolved against its inferred date (May 2024): September 2023.'
    WHERE id = 7010;
UPDATE fact SET inferred = 'Period: from the round''s dated events, themselves resolved against src 1''s inferred date (2024-05-31): June to July 2023.'
    WHERE id = 6010;
UPDATE fact SET inferred = 'Period: from the round''s dated events (September 2023 to May 2024), resolved against the inferred dates of src 1 and src 3.'
    WHERE id = 6011;
UPDATE fact SET inferred = 'Period: ''since 2023'' to OpenAI''s lawsuit ''on the 9th'' of src 2, whose date (April 2025) is inferred: 2023 to 2025.'
    WHERE id = 6012;
UPDATE fact SET inferred = 'Period: src 2''s inferred date, April 2025; the article dates the round''s reports ''on the 15th'' of that month.'
    WHERE id = 6013;
UPDATE fact SET inferred = 'Version of: Llama 3 is taken as a version of LLaMA from its name (src 1 ''LLaMA 3'', src 5 ''its Llama models'').'
    WHERE id = 2007;
UPDATE fact SET inferred = 'Owner: src 4 says ''Meta chief Mark Zuckerberg ... unveiled paid subscriptions for verified accounts''; Meta is taken as the owner.'
    WHERE id IN (2011, 7004);
UPDATE fact SET inferred = 'Version of, and date: Grok 1.5 is taken as a version of Grok from its name; ''earlier this year'' in src 1, resolved against its inferred date (2024-05-31): 2024.'
    WHERE id = 2013;

-- ===== Statements: holding shares does not contradict owning, so stakes are not compared; names that differ only
-- in letter case are the same name (dev.rivalrygraph.conflict.Conflicts compares values ignoring case).
DROP VIEW statement_source;
CREATE VIEW statement_source (fact_id, subject_id, property, qualifier, val, about1, about2) AS
          SELECT a.id, a.id, 'name', '', a.name, a.id, CAST(NULL AS BIGINT) FROM actor a
UNION ALL SELECT p.id, p.id, 'name', '', p.name, p.id, CAST(NULL AS BIGINT) FROM product p
-- A spelling found in a source is another value of the name (Shazeer / Sherzier); former names, short forms and
-- transliterations are other names, not disagreements.
UNION ALL SELECT al.id, al.subject_id, 'name', '', al.name, al.subject_id, CAST(NULL AS BIGINT)
            FROM alias al WHERE al.alias_kind = 'SPELLING'
UNION ALL SELECT p.id, p.id, 'kind', '', p.product_kind, p.id, CAST(NULL AS BIGINT) FROM product p
-- One founding role and one position per person and organization: two current ones in the same organization
-- disagree (FOUNDER / CO_FOUNDER). An owner holds shares, so OWNER and SHAREHOLDER are no position.
UNION ALL SELECT r.id, r.person_id,
                 CASE WHEN r.role_kind IN ('FOUNDER', 'CO_FOUNDER') THEN 'founding role' ELSE 'position' END,
                 'at ' || o.name, r.role_kind, r.person_id, r.organization_id
            FROM role r JOIN actor o ON o.id = r.organization_id
           WHERE r.former = FALSE AND r.role_kind NOT IN ('OWNER', 'SHAREHOLDER')
UNION ALL SELECT m.id, m.product_id, 'users ' || m.metric_kind,
                 COALESCE(m.region, 'anywhere') || ', ' || COALESCE(CAST(m.period_start AS VARCHAR(10)), '?') || ' to '
                     || COALESCE(CAST(m.period_end AS VARCHAR(10)), '?'),
                 m.qualifier || ' ' || CAST(m.amount AS VARCHAR(30)), m.product_id, CAST(NULL AS BIGINT)
            FROM user_metric m
UNION ALL SELECT i.id, i.id, 'amount', '', i.currency || ' ' || CAST(i.amount AS VARCHAR(30)), i.investor_id,
                 i.investee_id
            FROM investment i WHERE i.amount IS NOT NULL
UNION ALL SELECT e.id, e.product_id, 'launch date', '', CAST(e.occurred_on AS VARCHAR(10)), e.product_id,
                 CAST(NULL AS BIGINT)
            FROM event e WHERE e.event_kind = 'LAUNCH' AND e.product_id IS NOT NULL AND e.occurred_on IS NOT NULL
UNION ALL SELECT c.id, c.property_of_id, c.property, '', c.asserted_value, c.property_of_id, CAST(NULL AS BIGINT)
            FROM claim c WHERE c.property IS NOT NULL;

DELETE FROM statement;
INSERT INTO statement SELECT * FROM statement_source;
