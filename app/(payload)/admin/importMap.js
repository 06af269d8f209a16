import { StatementLanguagesField as StatementLanguagesField_ca9083f36f864925f110bfa23655d422 } from '@/components/admin/StatementLanguages'
import { StatementLanguagesCell as StatementLanguagesCell_ca9083f36f864925f110bfa23655d422 } from '@/components/admin/StatementLanguages'
import { LengthCounter as LengthCounter_2d42649394ee78d8b0cf125f996d62a4 } from '@/components/admin/LengthCounter.client'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkShortcutFeatureClient as LinkShortcutFeatureClient_53b88ca8d23444f542547f4efed6670f } from '@/fields/editor/linkShortcut.client'
import { UndoRedoFeatureClient as UndoRedoFeatureClient_ad38b89e7b8a080255641698ed5c52f6 } from '@/fields/editor/undoRedo.client'
import { InlineToolbarFeatureClient as InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FixedToolbarFeatureClient as FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FollowingSlug as FollowingSlug_b97cce01e40ea5e3948775a36f00ca10 } from '@/components/admin/FollowingSlug.client'
import { UnsavedChangesGuard as UnsavedChangesGuard_fa3a4151dc3dd11358d3a1d76a64f7f5 } from '@/components/admin/UnsavedChangesGuard.client'
import { PublishButton as PublishButton_12694570a3fe90f925f33aa520f860df } from '@/components/admin/PublishButton.client'
import { TranslationSourceChanges as TranslationSourceChanges_3d04f10ed4b829d1f47052fd3d9610c1 } from '@/components/admin/TranslationSourceChanges'
import { TranslationMemoryProgress as TranslationMemoryProgress_c7e78ed1a882388630421bd381f5534e } from '@/components/admin/TranslationMemoryProgress'
import { TranslationSource as TranslationSource_61bb6cad426c864f38daf57a6c88d87f } from '@/components/admin/TranslationSource'
import { TranslationLinks as TranslationLinks_6bed1374e06f4861ad1fd20a13f1f8b5 } from '@/components/admin/TranslationLinks'
import { MemorySuggestions as MemorySuggestions_a2ecfeea15c867de6903144746d99621 } from '@/components/admin/MemorySuggestions'
import { TranslationCheck as TranslationCheck_6f2734cf3a14431235163b24f1e1460a } from '@/components/admin/TranslationCheck'
import { GlossaryTerms as GlossaryTerms_37c7af536278e34aeab34c7a375622e8 } from '@/components/admin/GlossaryTerms'
import { TmxPanel as TmxPanel_6c6955d30dee1319ba56f3cbd83bdd4a } from '@/components/admin/TmxPanel'
import { GlossaryImportPanel as GlossaryImportPanel_f44578adff04b0f4b9af8b5edd1cc762 } from '@/components/admin/GlossaryImportPanel'
import { ActorsCell as ActorsCell_25eba803092497bbc84cad0507f761fe } from '@/components/admin/ActorsCell'
import { CheckCell as CheckCell_942b0f915a644cab11bcf1927b40d5c9 } from '@/components/admin/CheckCell'
import { SourceCheckCell as SourceCheckCell_f8459fac4082b3dcabca97929b1980bd } from '@/components/admin/SourceCheckCell'
import { ReactionImportPanel as ReactionImportPanel_09ad3d4eddb9f6abbe803cde19955cc5 } from '@/components/admin/ReactionImportPanel'
import { SourceProblemsPanel as SourceProblemsPanel_370094ad7fe4a857a2e82b307788f9fb } from '@/components/admin/SourceProblemsPanel'
import { ReleaseCalendar as ReleaseCalendar_087640cad5b3366423be21c2765f2736 } from '@/components/admin/ReleaseCalendar'
import { PreviewLinkAddress as PreviewLinkAddress_4d61d70aed37401e56d76e145a697c69 } from '@/components/admin/PreviewLinkAddress.client'
import { DataReleaseMaker as DataReleaseMaker_55110feaa0ebe6122604bf38a15823b9 } from '@/components/admin/DataReleaseMaker'
import { Icon as Icon_066c562e10ad4e70ff0de1a39f9b91f6 } from '@/components/admin/Brand'
import { Logo as Logo_066c562e10ad4e70ff0de1a39f9b91f6 } from '@/components/admin/Brand'
import { TranslationDashboard as TranslationDashboard_67a2e64048ba2ec5fd60704a9fe7722f } from '@/components/admin/TranslationDashboard'
import { LocaleAfterSignIn as LocaleAfterSignIn_c5946e3d7c8e1ac2df2fd010d425c85e } from '@/components/admin/LocaleAfterSignIn.client'
import { RememberTimeZone as RememberTimeZone_502d2a7fd9520f6d08770b091fe18870 } from '@/components/admin/RememberTimeZone.client'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/StatementLanguages#StatementLanguagesField": StatementLanguagesField_ca9083f36f864925f110bfa23655d422,
  "@/components/admin/StatementLanguages#StatementLanguagesCell": StatementLanguagesCell_ca9083f36f864925f110bfa23655d422,
  "@/components/admin/LengthCounter.client#LengthCounter": LengthCounter_2d42649394ee78d8b0cf125f996d62a4,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@/fields/editor/linkShortcut.client#LinkShortcutFeatureClient": LinkShortcutFeatureClient_53b88ca8d23444f542547f4efed6670f,
  "@/fields/editor/undoRedo.client#UndoRedoFeatureClient": UndoRedoFeatureClient_ad38b89e7b8a080255641698ed5c52f6,
  "@payloadcms/richtext-lexical/client#InlineToolbarFeatureClient": InlineToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#FixedToolbarFeatureClient": FixedToolbarFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/FollowingSlug.client#FollowingSlug": FollowingSlug_b97cce01e40ea5e3948775a36f00ca10,
  "@/components/admin/UnsavedChangesGuard.client#UnsavedChangesGuard": UnsavedChangesGuard_fa3a4151dc3dd11358d3a1d76a64f7f5,
  "@/components/admin/PublishButton.client#PublishButton": PublishButton_12694570a3fe90f925f33aa520f860df,
  "@/components/admin/TranslationSourceChanges#TranslationSourceChanges": TranslationSourceChanges_3d04f10ed4b829d1f47052fd3d9610c1,
  "@/components/admin/TranslationMemoryProgress#TranslationMemoryProgress": TranslationMemoryProgress_c7e78ed1a882388630421bd381f5534e,
  "@/components/admin/TranslationSource#TranslationSource": TranslationSource_61bb6cad426c864f38daf57a6c88d87f,
  "@/components/admin/TranslationLinks#TranslationLinks": TranslationLinks_6bed1374e06f4861ad1fd20a13f1f8b5,
  "@/components/admin/MemorySuggestions#MemorySuggestions": MemorySuggestions_a2ecfeea15c867de6903144746d99621,
  "@/components/admin/TranslationCheck#TranslationCheck": TranslationCheck_6f2734cf3a14431235163b24f1e1460a,
  "@/components/admin/GlossaryTerms#GlossaryTerms": GlossaryTerms_37c7af536278e34aeab34c7a375622e8,
  "@/components/admin/TmxPanel#TmxPanel": TmxPanel_6c6955d30dee1319ba56f3cbd83bdd4a,
  "@/components/admin/GlossaryImportPanel#GlossaryImportPanel": GlossaryImportPanel_f44578adff04b0f4b9af8b5edd1cc762,
  "@/components/admin/ActorsCell#ActorsCell": ActorsCell_25eba803092497bbc84cad0507f761fe,
  "@/components/admin/CheckCell#CheckCell": CheckCell_942b0f915a644cab11bcf1927b40d5c9,
  "@/components/admin/SourceCheckCell#SourceCheckCell": SourceCheckCell_f8459fac4082b3dcabca97929b1980bd,
  "@/components/admin/ReactionImportPanel#ReactionImportPanel": ReactionImportPanel_09ad3d4eddb9f6abbe803cde19955cc5,
  "@/components/admin/SourceProblemsPanel#SourceProblemsPanel": SourceProblemsPanel_370094ad7fe4a857a2e82b307788f9fb,
  "@/components/admin/ReleaseCalendar#ReleaseCalendar": ReleaseCalendar_087640cad5b3366423be21c2765f2736,
  "@/components/admin/PreviewLinkAddress.client#PreviewLinkAddress": PreviewLinkAddress_4d61d70aed37401e56d76e145a697c69,
  "@/components/admin/DataReleaseMaker#DataReleaseMaker": DataReleaseMaker_55110feaa0ebe6122604bf38a15823b9,
  "@/components/admin/Brand#Icon": Icon_066c562e10ad4e70ff0de1a39f9b91f6,
  "@/components/admin/Brand#Logo": Logo_066c562e10ad4e70ff0de1a39f9b91f6,
  "@/components/admin/TranslationDashboard#TranslationDashboard": TranslationDashboard_67a2e64048ba2ec5fd60704a9fe7722f,
  "@/components/admin/LocaleAfterSignIn.client#LocaleAfterSignIn": LocaleAfterSignIn_c5946e3d7c8e1ac2df2fd010d425c85e,
  "@/components/admin/RememberTimeZone.client#RememberTimeZone": RememberTimeZone_502d2a7fd9520f6d08770b091fe18870,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
