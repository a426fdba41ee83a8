// English strings. zh-cn.ts must have exactly the same keys (a spec checks it).
export const en = {
  brand: {
    name: 'NoteShop',
    home: 'NoteShop home',
  },
  meta: {
    title: 'NoteShop · Shop what people love',
    productTitle: '{{title}} · NoteShop',
    notFoundTitle: 'Page not found · NoteShop',
  },
  language: {
    label: 'Language',
    en: 'EN',
    zhCN: '中文',
  },
  region: {
    label: 'Region and currency',
    option: '{{name}} · {{currency}}',
    names: {
      usd: 'United States',
      cny: 'China',
    },
  },
  catalog: {
    heading: 'Discover',
    categories: {
      label: 'Categories',
      all: 'All',
      fashion: 'Fashion',
      makeup: 'Makeup',
      travel: 'Travel',
    },
    loading: 'Loading products…',
    loadMore: 'Load more',
    loadingMore: 'Loading…',
    end: "You've reached the end",
    empty: {
      title: 'Nothing here yet',
      body: 'There are no products in this category yet. Try another one.',
    },
    error: {
      title: "We couldn't load the products",
      body: 'Check your connection and try again.',
    },
  },
  price: {
    from: 'from {{price}}',
    unavailable: 'Price unavailable',
  },
  product: {
    outOfStock: 'Out of stock',
    soldOut: 'Sold out',
    noImage: 'No image yet',
    imageAlt: '{{title}}, image {{index}} of {{count}}',
    showImage: 'Show image {{index}}',
    imageCounter: '{{index}} / {{count}}',
    gallery: 'Product images',
    selectedVariant: 'Selected: {{variant}}',
    description: 'Details',
    addToBagSoon: 'Add to bag · coming soon',
    notFound: {
      title: 'Product not found',
      body: "This product doesn't exist or is no longer for sale.",
    },
  },
  common: {
    retry: 'Try again',
    backHome: 'Back to home',
  },
  notFound: {
    title: 'Page not found',
    body: "The page you're looking for doesn't exist.",
  },
  error: {
    title: 'Something went wrong',
    body: 'An unexpected error occurred. Please try again.',
  },
};

/** The shape every locale must match: the same keys, any text. */
export type LocaleStrings = typeof en;
