import { StatementLanguagesField as StatementLanguagesField_ca9083f36f864925f110bfa23655d422 } from '@/components/admin/StatementLanguages'
import { StatementLanguagesCell as StatementLanguagesCell_ca9083f36f864925f110bfa23655d422 } from '@/components/admin/StatementLanguages'
import { RscEntryLexicalCell as RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { RscEntryLexicalField as RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LexicalDiffComponent as LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e } from '@payloadcms/richtext-lexical/rsc'
import { LinkFeatureClient as LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BlockquoteFeatureClient as BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { OrderedListFeatureClient as OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { UnorderedListFeatureClient as UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { BoldFeatureClient as BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ItalicFeatureClient as ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { HeadingFeatureClient as HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { ParagraphFeatureClient as ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864 } from '@payloadcms/richtext-lexical/client'
import { FollowingSlug as FollowingSlug_b97cce01e40ea5e3948775a36f00ca10 } from '@/components/admin/FollowingSlug.client'
import { TranslationSourceChanges as TranslationSourceChanges_3d04f10ed4b829d1f47052fd3d9610c1 } from '@/components/admin/TranslationSourceChanges'
import { TranslationSource as TranslationSource_61bb6cad426c864f38daf57a6c88d87f } from '@/components/admin/TranslationSource'
import { TranslationLinks as TranslationLinks_6bed1374e06f4861ad1fd20a13f1f8b5 } from '@/components/admin/TranslationLinks'
import { TranslationCheck as TranslationCheck_6f2734cf3a14431235163b24f1e1460a } from '@/components/admin/TranslationCheck'
import { ReactionImportPanel as ReactionImportPanel_09ad3d4eddb9f6abbe803cde19955cc5 } from '@/components/admin/ReactionImportPanel'
import { TranslationDashboard as TranslationDashboard_67a2e64048ba2ec5fd60704a9fe7722f } from '@/components/admin/TranslationDashboard'
import { S3ClientUploadHandler as S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24 } from '@payloadcms/storage-s3/client'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "@/components/admin/StatementLanguages#StatementLanguagesField": StatementLanguagesField_ca9083f36f864925f110bfa23655d422,
  "@/components/admin/StatementLanguages#StatementLanguagesCell": StatementLanguagesCell_ca9083f36f864925f110bfa23655d422,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalCell": RscEntryLexicalCell_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#RscEntryLexicalField": RscEntryLexicalField_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/rsc#LexicalDiffComponent": LexicalDiffComponent_44fe37237e0ebf4470c9990d8cb7b07e,
  "@payloadcms/richtext-lexical/client#LinkFeatureClient": LinkFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BlockquoteFeatureClient": BlockquoteFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#OrderedListFeatureClient": OrderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#UnorderedListFeatureClient": UnorderedListFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#BoldFeatureClient": BoldFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ItalicFeatureClient": ItalicFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#HeadingFeatureClient": HeadingFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@payloadcms/richtext-lexical/client#ParagraphFeatureClient": ParagraphFeatureClient_e70f5e05f09f93e00b997edb1ef0c864,
  "@/components/admin/FollowingSlug.client#FollowingSlug": FollowingSlug_b97cce01e40ea5e3948775a36f00ca10,
  "@/components/admin/TranslationSourceChanges#TranslationSourceChanges": TranslationSourceChanges_3d04f10ed4b829d1f47052fd3d9610c1,
  "@/components/admin/TranslationSource#TranslationSource": TranslationSource_61bb6cad426c864f38daf57a6c88d87f,
  "@/components/admin/TranslationLinks#TranslationLinks": TranslationLinks_6bed1374e06f4861ad1fd20a13f1f8b5,
  "@/components/admin/TranslationCheck#TranslationCheck": TranslationCheck_6f2734cf3a14431235163b24f1e1460a,
  "@/components/admin/ReactionImportPanel#ReactionImportPanel": ReactionImportPanel_09ad3d4eddb9f6abbe803cde19955cc5,
  "@/components/admin/TranslationDashboard#TranslationDashboard": TranslationDashboard_67a2e64048ba2ec5fd60704a9fe7722f,
  "@payloadcms/storage-s3/client#S3ClientUploadHandler": S3ClientUploadHandler_f97aa6c64367fa259c5bc0567239ef24,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
