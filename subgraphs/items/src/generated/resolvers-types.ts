import type { GraphQLResolveInfo } from 'graphql';
import type { ItemDocument } from '../model.js';
import type { ItemsContext } from '../resolvers.js';
export type Maybe<T> = T | null;
export type InputMaybe<T> = Maybe<T>;
export type RequireFields<T, K extends keyof T> = Omit<T, K> & { [P in K]-?: NonNullable<T[P]> };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  _FieldSet: { input: unknown; output: unknown; }
};

/** A government department, owned by the identity subgraph. */
export type Department = {
  __typename?: 'Department';
  /** Department code. */
  code: Scalars['String']['output'];
  /** Official name in Chinese. */
  name: Scalars['String']['output'];
  /** Name in English. */
  nameEn: Scalars['String']['output'];
};

/** A fee item of an item. */
export type Fee = {
  __typename?: 'Fee';
  /** Amount in fen (0.01 yuan). */
  amountFen: Scalars['Int']['output'];
  /** Legal basis of the fee. */
  basis: Scalars['String']['output'];
  /** Fee name. */
  name: Scalars['String']['output'];
};

/** A field of an item's application form. */
export type FormField = {
  __typename?: 'FormField';
  /** Key under which the value is stored in the application's form data. */
  key: Scalars['String']['output'];
  /** Label shown to the applicant. */
  label: Scalars['String']['output'];
  /** Maximum length in code points of a TEXT field. */
  maxLength?: Maybe<Scalars['Int']['output']>;
  /** Allowed values of a SELECT field. */
  options: Array<Scalars['String']['output']>;
  /** Whether the field must be filled. */
  required: Scalars['Boolean']['output'];
  /** Value type, which decides the validation. */
  type: FormFieldType;
};

/** Value type of a form field. */
export type FormFieldType =
  /** An ISO date (YYYY-MM-DD). */
  | 'DATE'
  /** A resident ID-card number, checked by its GB 11643 check digit. */
  | 'ID_CARD'
  /** A mainland mobile number. */
  | 'MOBILE'
  /** A number. */
  | 'NUMBER'
  /** One of the listed options. */
  | 'SELECT'
  /** Free text. */
  | 'TEXT';

/**
 * A government-service item (政务服务事项) as implemented by one department: the
 * catalogue entry a citizen applies for. The id is the implementation code.
 */
export type Item = {
  __typename?: 'Item';
  /** Code of the item in the national basic catalogue. */
  basicCode: Scalars['String']['output'];
  /** Conditions an applicant must meet. */
  conditions: Array<Scalars['String']['output']>;
  /** Consultation phone number. */
  consultationPhone: Scalars['String']['output'];
  /** Implementing department; its names come with the item, so an item search needs no call to the identity subgraph. */
  department: Department;
  /** Code of the implementing department. */
  departmentCode: Scalars['String']['output'];
  /** Division code of the implementing level; 50 means city-wide. */
  divisionCode: Scalars['String']['output'];
  /** Fees; empty when the item is free of charge. */
  fees: Array<Fee>;
  /** Fields of the application form. */
  formFields: Array<FormField>;
  /** Implementation code: the implementing department's credit code followed by 13 characters. */
  id: Scalars['ID']['output'];
  /** Laws and regulations the item rests on. */
  legalBasis: Scalars['String']['output'];
  /** Code of the electronic licence type this item issues, if any. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Materials to submit. */
  materials: Array<ItemMaterial>;
  /** Item name in Chinese. */
  name: Scalars['String']['output'];
  /** Item name in English. */
  nameEn: Scalars['String']['output'];
  /** Online-handling depth from 1 (information only) to 4 (fully online, no visit). */
  onlineDepth: Scalars['Int']['output'];
  /** Promised time limit in working days after acceptance, never longer than the statutory limit. */
  promisedLimitDays: Scalars['Int']['output'];
  /** Publication status; only PUBLISHED items accept applications and appear in search. */
  status: ItemStatus;
  /** Statutory time limit in working days after acceptance. */
  statutoryLimitDays: Scalars['Int']['output'];
  /** Who may apply: natural persons, legal persons or both. */
  subjectTypes: Array<SubjectType>;
  /** Legal category of the item, such as administrative licensing or public service. */
  type: ItemType;
  /** Version number of this implementation list entry. */
  version: Scalars['Int']['output'];
};

/** A material an applicant submits for an item. */
export type ItemMaterial = {
  __typename?: 'ItemMaterial';
  /** Material code, unique within the item. */
  code: Scalars['String']['output'];
  /** Number of copies. */
  count: Scalars['Int']['output'];
  /** Original, copy or electronic. */
  form: MaterialForm;
  /** Licence type whose electronic licence can replace this material. */
  licenceTypeCode?: Maybe<Scalars['String']['output']>;
  /** Material name. */
  name: Scalars['String']['output'];
  /** Whether the application is rejected without it. */
  required: Scalars['Boolean']['output'];
};

/** Publication status of an item. */
export type ItemStatus =
  /** Being prepared; not visible to applicants. */
  | 'DRAFT'
  /** Published in the catalogue and open for applications. */
  | 'PUBLISHED'
  /** Withdrawn from the catalogue; existing cases continue, new applications are rejected. */
  | 'WITHDRAWN';

/** Legal category of an item. */
export type ItemType =
  /** 行政确认 administrative confirmation */
  | 'ADMINISTRATIVE_CONFIRMATION'
  /** 行政许可 administrative licensing */
  | 'ADMINISTRATIVE_LICENSING'
  /** 行政给付 administrative payment */
  | 'ADMINISTRATIVE_PAYMENT'
  /** 其他行政权力 other administrative power */
  | 'OTHER'
  /** 公共服务 public service */
  | 'PUBLIC_SERVICE';

/** Form in which a material is submitted. */
export type MaterialForm =
  /** 复印件 copy */
  | 'COPY'
  /** 电子 electronic */
  | 'ELECTRONIC'
  /** 原件 original */
  | 'ORIGINAL';

export type Query = {
  __typename?: 'Query';
  /** One item by its implementation code; null when it does not exist, or when it is a draft and the viewer is no item administrator, supervisor or administrator. */
  item?: Maybe<Item>;
  /** Searches published items by a keyword in their name or keywords; returns at most `first` items (1 to 100). */
  searchItems: Array<Item>;
};


export type QueryItemArgs = {
  id: Scalars['ID']['input'];
};


export type QuerySearchItemsArgs = {
  departmentCode?: InputMaybe<Scalars['String']['input']>;
  first?: InputMaybe<Scalars['Int']['input']>;
  keyword?: InputMaybe<Scalars['String']['input']>;
  subjectType?: InputMaybe<SubjectType>;
};

/** Kind of applicant. */
export type SubjectType =
  /** 法人 legal person */
  | 'LEGAL_PERSON'
  /** 自然人 natural person */
  | 'NATURAL_PERSON';



export type ResolverTypeWrapper<T> = Promise<T> | T;

export type ReferenceResolver<TResult, TReference, TContext> = (
      reference: TReference,
      context: TContext,
      info: GraphQLResolveInfo
    ) => Promise<TResult> | TResult;

      type ScalarCheck<T, S> = S extends true ? T : NullableCheck<T, S>;
      type NullableCheck<T, S> = Maybe<T> extends T ? Maybe<ListCheck<NonNullable<T>, S>> : ListCheck<T, S>;
      type ListCheck<T, S> = T extends (infer U)[] ? NullableCheck<U, S>[] : GraphQLRecursivePick<T, S>;
      export type GraphQLRecursivePick<T, S> = { [K in keyof T & keyof S]: ScalarCheck<T[K], S[K]> };
    

export type ResolverWithResolve<TResult, TParent, TContext, TArgs> = {
  resolve: ResolverFn<TResult, TParent, TContext, TArgs>;
};
export type Resolver<TResult, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = ResolverFn<TResult, TParent, TContext, TArgs> | ResolverWithResolve<TResult, TParent, TContext, TArgs>;

export type ResolverFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => Promise<TResult> | TResult;

export type SubscriptionSubscribeFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => AsyncIterable<TResult> | Promise<AsyncIterable<TResult>>;

export type SubscriptionResolveFn<TResult, TParent, TContext, TArgs> = (
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

export interface SubscriptionSubscriberObject<TResult, TKey extends string, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<{ [key in TKey]: TResult }, TParent, TContext, TArgs>;
  resolve?: SubscriptionResolveFn<TResult, { [key in TKey]: TResult }, TContext, TArgs>;
}

export interface SubscriptionResolverObject<TResult, TParent, TContext, TArgs> {
  subscribe: SubscriptionSubscribeFn<any, TParent, TContext, TArgs>;
  resolve: SubscriptionResolveFn<TResult, any, TContext, TArgs>;
}

export type SubscriptionObject<TResult, TKey extends string, TParent, TContext, TArgs> =
  | SubscriptionSubscriberObject<TResult, TKey, TParent, TContext, TArgs>
  | SubscriptionResolverObject<TResult, TParent, TContext, TArgs>;

export type SubscriptionResolver<TResult, TKey extends string, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> =
  | ((...args: any[]) => SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>)
  | SubscriptionObject<TResult, TKey, TParent, TContext, TArgs>;

export type TypeResolveFn<TTypes, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (
  parent: TParent,
  context: TContext,
  info: GraphQLResolveInfo
) => Maybe<TTypes> | Promise<Maybe<TTypes>>;

export type IsTypeOfResolverFn<T = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>> = (obj: T, context: TContext, info: GraphQLResolveInfo) => boolean | Promise<boolean>;

export type NextResolverFn<T> = () => Promise<T>;

export type DirectiveResolverFn<TResult = Record<PropertyKey, never>, TParent = Record<PropertyKey, never>, TContext = Record<PropertyKey, never>, TArgs = Record<PropertyKey, never>> = (
  next: NextResolverFn<TResult>,
  parent: TParent,
  args: TArgs,
  context: TContext,
  info: GraphQLResolveInfo
) => TResult | Promise<TResult>;

/** Mapping of federation types */
export type FederationTypes = {
  Item: Item;
};

/** Mapping of federation reference types */
export type FederationReferenceTypes = {
  Item:
    ( { __typename: 'Item' }
    & GraphQLRecursivePick<FederationTypes['Item'], {"id":true}> );
};



/** Mapping between all available schema types and the resolvers types */
export type ResolversTypes = {
  Department: ResolverTypeWrapper<Department>;
  String: ResolverTypeWrapper<Scalars['String']['output']>;
  Fee: ResolverTypeWrapper<Fee>;
  Int: ResolverTypeWrapper<Scalars['Int']['output']>;
  FormField: ResolverTypeWrapper<FormField>;
  Boolean: ResolverTypeWrapper<Scalars['Boolean']['output']>;
  FormFieldType: FormFieldType;
  Item: ResolverTypeWrapper<ItemDocument>;
  ID: ResolverTypeWrapper<Scalars['ID']['output']>;
  ItemMaterial: ResolverTypeWrapper<ItemMaterial>;
  ItemStatus: ItemStatus;
  ItemType: ItemType;
  MaterialForm: MaterialForm;
  Query: ResolverTypeWrapper<Record<PropertyKey, never>>;
  SubjectType: SubjectType;
};

/** Mapping between all available schema types and the resolvers parents */
export type ResolversParentTypes = {
  Department: Department;
  String: Scalars['String']['output'];
  Fee: Fee;
  Int: Scalars['Int']['output'];
  FormField: FormField;
  Boolean: Scalars['Boolean']['output'];
  Item: ItemDocument;
  ID: Scalars['ID']['output'];
  ItemMaterial: ItemMaterial;
  Query: Record<PropertyKey, never>;
};

export type DepartmentResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Department'] = ResolversParentTypes['Department']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FeeResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Fee'] = ResolversParentTypes['Fee']> = {
  amountFen?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  basis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
};

export type FormFieldResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['FormField'] = ResolversParentTypes['FormField']> = {
  key?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  label?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  maxLength?: Resolver<Maybe<ResolversTypes['Int']>, ParentType, ContextType>;
  options?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
  type?: Resolver<ResolversTypes['FormFieldType'], ParentType, ContextType>;
};

export type ItemResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Item'] = ResolversParentTypes['Item'], FederationReferenceType extends FederationReferenceTypes['Item'] = FederationReferenceTypes['Item']> = {
  __resolveReference?: ReferenceResolver<Maybe<ResolversTypes['Item']> | FederationReferenceType, FederationReferenceType, ContextType>;
  basicCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  conditions?: Resolver<Array<ResolversTypes['String']>, ParentType, ContextType>;
  consultationPhone?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  department?: Resolver<ResolversTypes['Department'], ParentType, ContextType>;
  departmentCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  divisionCode?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  fees?: Resolver<Array<ResolversTypes['Fee']>, ParentType, ContextType>;
  formFields?: Resolver<Array<ResolversTypes['FormField']>, ParentType, ContextType>;
  id?: Resolver<ResolversTypes['ID'], ParentType, ContextType>;
  legalBasis?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  licenceTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  materials?: Resolver<Array<ResolversTypes['ItemMaterial']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  nameEn?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  onlineDepth?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  promisedLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  status?: Resolver<ResolversTypes['ItemStatus'], ParentType, ContextType>;
  statutoryLimitDays?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  subjectTypes?: Resolver<Array<ResolversTypes['SubjectType']>, ParentType, ContextType>;
  type?: Resolver<ResolversTypes['ItemType'], ParentType, ContextType>;
  version?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
};

export type ItemMaterialResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['ItemMaterial'] = ResolversParentTypes['ItemMaterial']> = {
  code?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  count?: Resolver<ResolversTypes['Int'], ParentType, ContextType>;
  form?: Resolver<ResolversTypes['MaterialForm'], ParentType, ContextType>;
  licenceTypeCode?: Resolver<Maybe<ResolversTypes['String']>, ParentType, ContextType>;
  name?: Resolver<ResolversTypes['String'], ParentType, ContextType>;
  required?: Resolver<ResolversTypes['Boolean'], ParentType, ContextType>;
};

export type QueryResolvers<ContextType = ItemsContext, ParentType extends ResolversParentTypes['Query'] = ResolversParentTypes['Query']> = {
  item?: Resolver<Maybe<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QueryItemArgs, 'id'>>;
  searchItems?: Resolver<Array<ResolversTypes['Item']>, ParentType, ContextType, RequireFields<QuerySearchItemsArgs, 'first'>>;
};

export type Resolvers<ContextType = ItemsContext> = {
  Department?: DepartmentResolvers<ContextType>;
  Fee?: FeeResolvers<ContextType>;
  FormField?: FormFieldResolvers<ContextType>;
  Item?: ItemResolvers<ContextType>;
  ItemMaterial?: ItemMaterialResolvers<ContextType>;
  Query?: QueryResolvers<ContextType>;
};

